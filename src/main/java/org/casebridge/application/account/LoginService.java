package org.casebridge.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.PasswordHasher;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Checks a username and password, counting failures in the database so that the lockout holds
 * across every instance of a cluster, and computing the password hash off the database (no
 * transaction, row lock or pooled connection held meanwhile). Unknown users, wrong passwords, locked
 * and disabled accounts all get the same answer (empty) after the same work; only the audit trail
 * tells them apart.
 */
@Stateless
@AuditedService
public class LoginService {

    public static final String RECORD = "session";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    LoginRecorder recorder;

    private String dummyHash;

    @PostConstruct
    void init() {
        dummyHash = hasher.hash("not-a-real-password-only-for-timing");
    }

    /**
     * The account on success; empty for any failure, which is audited. The password hash is computed here
     * with no transaction, lock or database connection held (it takes about 150 ms at 210,000 iterations);
     * the database is read before it and written after it in short steps ({@link LoginRecorder}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<UserAccount> authenticate(String username, String password) {
        String given = password == null ? "" : password;
        Optional<UserAccount> found = recorder.snapshot(username);
        if (found.isEmpty()) {
            hasher.verify(given, dummyHash);
            recorder.unknown();
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(Instant.now())) {
            hasher.verify(given, dummyHash);
            recorder.locked(username);
            return Optional.empty();
        }
        String stored = account.getPasswordHash();
        boolean passwordOk = hasher.verify(given, stored);
        String stronger = passwordOk && account.isEnabled() && hasher.needsRehash(stored) ? hasher.hash(given) : null;
        return recorder.outcome(username, passwordOk, stored, stronger, Instant.now());
    }

    /** Records the end of a session the user asked for. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loggedOut(String username) {
        Optional<UserAccount> account;
        try {
            account = accounts.findByUsername(new Username(username));
        } catch (ValidationException malformed) {
            account = Optional.empty();
        }
        Actor actor = account.map(Actor::of).orElse(Actor.ANONYMOUS);
        audit.record(AuditEvent.of(AuditAction.LOGOUT, RECORD, account.map(UserAccount::getId).orElse(null),
                account.map(LoginService::country).orElse(null)).by(actor));
    }

    private static String country(UserAccount a) {
        return a.getAgency().getCountry() == null ? null : a.getAgency().getCountry().getCode().value();
    }
}
