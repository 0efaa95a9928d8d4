package org.casebridge.infrastructure.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.shared.ValidationException;

/** Re-reads a session's account on each request, so disabling or a password reset ends it at once. */
@Stateless
public class SessionAccounts {

    @Inject
    AccountRepository accounts;

    public int currentEpoch(String username) {
        return accounts.findByUsername(new Username(username)).map(UserAccount::getSessionEpoch).orElse(-1);
    }

    public Optional<UserAccount> stillValid(String username, int sessionEpoch) {
        try {
            return accounts.findByUsername(new Username(username))
                    .filter(UserAccount::isEnabled)
                    .filter(a -> a.getSessionEpoch() == sessionEpoch);
        } catch (ValidationException malformed) {
            return Optional.empty();
        }
    }
}
