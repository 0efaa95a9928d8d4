package org.casebridge.interfaces.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.casebridge.application.Caller;
import org.casebridge.application.account.LoginService;
import org.casebridge.domain.model.account.UserAccount;

/**
 * Checks credentials against CaseBridge's own accounts through {@link LoginService} (so lockout and audit
 * apply to every login); roles become the caller's groups. A way in, so it lives with the interfaces.
 * HTTP Basic is one step. The login form is two for an account with a second factor: a right password
 * only puts a pending login in the session ({@link PendingSecondFactor}) and the container login is
 * completed by the right code ({@link OneTimeCodeCredential}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginService logins;

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest request;

    @Inject
    SessionRenewal renewal;

    @Inject
    Clock clock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof BasicAuthenticationCredential basic) {
            Optional<LoginService.PasswordStep> step = logins.basic(basic.getCaller(), basic.getPasswordAsString());
            if (step.isPresent() && step.get().tokenRequired()) {
                request.setAttribute(org.casebridge.domain.model.account.ApiTokenLogin.TOKEN_REQUIRED, Boolean.TRUE);
            }
            return result(step.filter(LoginService.PasswordStep::loggedIn).map(LoginService.PasswordStep::account));
        }
        if (credential instanceof UsernamePasswordCredential form) {
            return passwordStep(form);
        }
        if (credential instanceof OneTimeCodeCredential code) {
            return codeStep(code);
        }
        if (credential instanceof RenewedSessionCredential renewed && renewal.allows(renewed.username())) {
            renewal.spent();
            return result(caller.account().filter(a -> a.getUsername().value().equals(renewed.username())));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult passwordStep(UsernamePasswordCredential form) {
        HttpSession session = request.getSession(true);
        PendingSecondFactor.clear(session);
        Optional<LoginService.PasswordStep> step = logins.checkPassword(form.getCaller(), form.getPasswordAsString());
        if (step.isPresent() && step.get().codeNeeded()) {
            // a new session id for the half-done login too; the login completes only with the code
            request.changeSessionId();
            UserAccount a = step.get().account();
            PendingSecondFactor.start(session, a.getUsername().value(), a.getSessionEpoch(), clock.instant());
            return CredentialValidationResult.INVALID_RESULT;
        }
        return result(step.filter(LoginService.PasswordStep::loggedIn).map(LoginService.PasswordStep::account));
    }

    private CredentialValidationResult codeStep(OneTimeCodeCredential code) {
        HttpSession session = request.getSession(false);
        Optional<PendingSecondFactor.Pending> pending = PendingSecondFactor.pending(session, clock.instant());
        if (pending.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> account = logins.checkCode(pending.get().username(), pending.get().epoch(), code.code());
        if (account.isPresent()) {
            PendingSecondFactor.clear(session);
        }
        return result(account);
    }

    private static CredentialValidationResult result(Optional<UserAccount> account) {
        return account.map(a -> new CredentialValidationResult(a.getUsername().value(), a.roleNames()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
