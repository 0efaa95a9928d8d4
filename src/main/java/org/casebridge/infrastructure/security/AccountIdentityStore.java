package org.casebridge.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebridge.application.account.LoginService;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;

/** Checks passwords against CaseBridge's own accounts; roles become the caller's groups. */
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
        return account.map(a -> new CredentialValidationResult(a.getUsername().value(), groups(a)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    static Set<String> groups(UserAccount account) {
        return account.getRoles().stream().map(Role::roleName).collect(Collectors.toSet());
    }
}
