package org.casebridge.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * The authenticated user of the current request, read from the database (not from the session),
 * so that role, agency and enabled changes apply at once. Every access decision starts here.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    private UserAccount account;
    private boolean loaded;

    public Optional<UserAccount> account() {
        if (!loaded) {
            loaded = true;
            Principal principal = security.getCallerPrincipal();
            if (principal != null) {
                try {
                    account = accounts.findByUsername(new Username(principal.getName()))
                            .filter(UserAccount::isEnabled).orElse(null);
                } catch (ValidationException malformed) {
                    account = null;
                }
            }
        }
        return Optional.ofNullable(account);
    }

    public UserAccount require() {
        return account().orElseThrow(() -> new AccessDeniedException("Not logged in."));
    }

    public boolean has(Role role) {
        return account().map(a -> a.hasRole(role)).orElse(false);
    }

    public Optional<CountryCode> country() {
        return account().map(UserAccount::getAgency).map(a -> a.getCountry() == null ? null : a.getCountry().getCode());
    }

    /** Who, for the audit trail: ids and codes only. */
    public Actor actor() {
        return account().map(Actor::of).orElse(Actor.ANONYMOUS);
    }

    /** The identity recorded in audit entries. */
    public record Actor(String username, String roles, String agencyCode, String countryCode) {

        public static final Actor ANONYMOUS = new Actor(null, null, null, null);
        /** CaseBridge itself: timers, sweeps, checkpoints. */
        public static final Actor SYSTEM = new Actor("system", null, null, null);

        public static Actor of(UserAccount a) {
            return new Actor(a.getUsername().value(),
                    a.getRoles().stream().map(Role::roleName).sorted().collect(Collectors.joining(",")),
                    a.getAgency().getCode().value(),
                    a.getAgency().getCountry() == null ? null : a.getAgency().getCountry().getCode().value());
        }
    }
}
