package org.casebridge.interfaces.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.casebridge.application.account.LoginService;
import org.casebridge.domain.model.account.UserAccount;

/**
 * Checks passwords against CaseBridge's own accounts through {@link LoginService} (so lockout and audit
 * apply to every login); roles become the caller's groups. A way in, so it lives with the interfaces.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginService logins;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> account = logins.authenticate(upc.getCaller(), upc.getPasswordAsString());
        return account.map(a -> new CredentialValidationResult(a.getUsername().value(), a.roleNames()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
