package org.casebridge.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.OneTimeCodes;
import org.casebridge.domain.model.account.PasswordHasher;
import org.casebridge.domain.model.account.RecoveryCode;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Checks a username and password, counting failures in the database so that the lockout holds
 * across every instance of a cluster, and computing the password hash off the database (no
 * transaction, row lock or pooled connection held meanwhile; {@link LoginRecorder} does the short
 * database steps around it). Unknown users, wrong passwords, locked and disabled accounts all get the
 * same answer (empty) after the same work; only the audit trail tells them apart. The login form has a
 * second step for an account with a second factor ({@link #checkCode}).
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

    @Inject
    OneTimeCodes codes;

    @Inject
    Clock clock;

    private String dummyHash;

    /** How a password arrives: HTTP Basic (the whole login) or the login form (a code may follow). */
    public enum Way { BASIC, FORM }

    /**
     * What the password step answered: the account, whether its code is to be asked before the login
     * completes, and whether HTTP Basic was refused because the account has (or must have) a second
     * factor: then the password was right, and only an API token will do.
     */
    public record PasswordStep(UserAccount account, boolean codeNeeded, boolean tokenRequired) {

        public boolean loggedIn() {
            return account != null && !codeNeeded && !tokenRequired;
        }
    }

    @PostConstruct
    void init() {
        dummyHash = hasher.hash("not-a-real-password-only-for-timing");
    }

    /** HTTP Basic: the account on success; empty for any failure, which is audited. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<UserAccount> authenticate(String username, String password) {
        return basic(username, password).filter(PasswordStep::loggedIn).map(PasswordStep::account);
    }

    /**
     * HTTP Basic, saying why a right password was not enough: an account with a second factor, or whose
     * role requires one, is refused Basic (a password alone must not get round the second factor).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<PasswordStep> basic(String username, String password) {
        return passwordStep(username, password, Way.BASIC);
    }

    /**
     * The first step of the login form: the password. For an account with a second factor a right
     * password completes nothing (no LOGIN entry, failed attempts kept): the code is asked next
     * ({@link #checkCode}), and only a right code resets the count.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<PasswordStep> checkPassword(String username, String password) {
        return passwordStep(username, password, Way.FORM);
    }

    /**
     * The password hash is computed here with no transaction, lock or database connection held (about
     * 150 ms at 210,000 iterations); the database is read before it and written after it in short steps.
     */
    private Optional<PasswordStep> passwordStep(String username, String password, Way way) {
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
        return recorder.outcome(username, passwordOk, stored, stronger, Instant.now(), way);
    }

    /**
     * The second step of the login form: a code of the authenticator (accepted once: a code of a time
     * step already used is refused) or one of the recovery codes (spent). A wrong code counts toward the
     * lockout like a wrong password. {@code sessionEpoch} is the account's epoch when the password was
     * accepted: a reset or disabling since then ends the attempt. No password hash here: one short
     * transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<UserAccount> checkCode(String username, int sessionEpoch, String code) {
        Instant now = clock.instant();
        Optional<UserAccount> found;
        try {
            found = accounts.findForLogin(new Username(username));
        } catch (ValidationException malformed) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            recorder.failed(Actor.ANONYMOUS, null, "unknown account");
            return Optional.empty();
        }
        UserAccount account = found.get();
        Actor actor = Actor.of(account);
        if (!account.isEnabled() || account.getSessionEpoch() != sessionEpoch || !account.hasSecondFactor()) {
            recorder.failed(actor, account, "second factor no longer asked");
            return Optional.empty();
        }
        if (account.isLockedAt(now)) {
            recorder.failed(actor, account, "locked");
            return Optional.empty();
        }
        String how = null;
        String why = "bad second factor";
        OptionalLong step = codes.matchingStep(account.getSecondFactorSecret(), code, now);
        if (step.isPresent()) {
            if (account.acceptCodeStep(step.getAsLong())) {
                how = "second factor";
            } else {
                why = "second factor code replayed";
            }
        } else if (RecoveryCode.looksLikeOne(code)) {
            Optional<RecoveryCode> used = account.useRecoveryCode(code, now);
            if (used.isPresent() && accounts.spendRecoveryCode(account.getId(), used.get().getCodeHash(), now)) {
                how = "recovery code, " + account.unusedRecoveryCodes() + " left";
            }
        }
        if (how == null) {
            recorder.countFailure(account, now);
            accounts.saveLoginState(account);
            recorder.failed(actor, account, why);
            return Optional.empty();
        }
        account.recordSuccessfulLogin(now);
        accounts.saveLoginState(account);
        audit.record(AuditEvent.of(AuditAction.LOGIN, RECORD, account.getId(), account.countryCode()).by(actor).detail(how));
        return Optional.of(account);
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
                account.map(UserAccount::countryCode).orElse(null)).by(actor));
    }
}
