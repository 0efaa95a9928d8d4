package org.casebridge.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.LockoutPolicy;
import org.casebridge.domain.model.account.OneTimeCodes;
import org.casebridge.domain.model.account.RecoveryCode;
import org.casebridge.domain.model.account.PasswordHasher;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password, counting failures in the database so that the lockout holds
 * across every instance of a cluster. Unknown users, wrong passwords, locked and disabled accounts
 * all get the same answer (empty) after the same work; only the audit trail tells them apart.
 */
@Stateless
@AuditedService
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
    public static final String RECORD = "session";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    OneTimeCodes codes;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "casebridge.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "casebridge.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    private String dummyHash;

    @PostConstruct
    void init() {
        dummyHash = hasher.hash("not-a-real-password-only-for-timing");
    }

    /** The account on success; empty for any failure, which is audited. (HTTP Basic: one step.) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<UserAccount> authenticate(String username, String password) {
        return passwordStep(username, password, false).map(PasswordStep::account);
    }

    /**
     * The first step of the login form: the password. For an account with a second factor a right
     * password completes nothing (no LOGIN entry, failed attempts kept): the code is asked next
     * ({@link #checkCode}), and only a right code resets the count.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PasswordStep> checkPassword(String username, String password) {
        return passwordStep(username, password, true);
    }

    /** What the password step answered: the account, and whether its code is to be asked before the login completes. */
    public record PasswordStep(UserAccount account, boolean codeNeeded) {
    }

    private Optional<PasswordStep> passwordStep(String username, String password, boolean twoSteps) {
        Instant now = Instant.now();
        Optional<UserAccount> found;
        try {
            found = username == null ? Optional.empty() : accounts.findForLogin(new Username(username));
        } catch (ValidationException malformed) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            hasher.verify(password == null ? "" : password, dummyHash);
            failed(Actor.ANONYMOUS, null, "unknown account");
            return Optional.empty();
        }
        UserAccount account = found.get();
        Actor actor = Actor.of(account);
        if (account.isLockedAt(now)) {
            hasher.verify(password == null ? "" : password, dummyHash);
            failed(actor, account, "locked");
            return Optional.empty();
        }
        boolean passwordOk = hasher.verify(password == null ? "" : password, account.getPasswordHash());
        if (!passwordOk || !account.isEnabled()) {
            if (!passwordOk) {
                countFailure(account, now);
            }
            accounts.saveLoginState(account);
            failed(actor, account, passwordOk ? "disabled" : "bad credentials");
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHashOnly(hasher.hash(password));
        }
        if (twoSteps && account.hasSecondFactor()) {
            accounts.saveLoginState(account);
            audit.record(AuditEvent.of(AuditAction.VERIFY, RECORD, account.getId(), country(account)).by(actor)
                    .detail("password accepted, second factor asked"));
            return Optional.of(new PasswordStep(account, true));
        }
        account.recordSuccessfulLogin(now);
        accounts.saveLoginState(account);
        audit.record(AuditEvent.of(AuditAction.LOGIN, RECORD, account.getId(), country(account)).by(actor));
        return Optional.of(new PasswordStep(account, false));
    }

    /**
     * The second step of the login form: a code of the authenticator (accepted once: a code of a time
     * step already used is refused) or one of the recovery codes (spent). A wrong code counts toward the
     * lockout like a wrong password. {@code sessionEpoch} is the account's epoch when the password was
     * accepted: a reset or disabling since then ends the attempt.
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
            failed(Actor.ANONYMOUS, null, "unknown account");
            return Optional.empty();
        }
        UserAccount account = found.get();
        Actor actor = Actor.of(account);
        if (!account.isEnabled() || account.getSessionEpoch() != sessionEpoch || !account.hasSecondFactor()) {
            failed(actor, account, "second factor no longer asked");
            return Optional.empty();
        }
        if (account.isLockedAt(now)) {
            failed(actor, account, "locked");
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
            countFailure(account, now);
            accounts.saveLoginState(account);
            failed(actor, account, why);
            return Optional.empty();
        }
        account.recordSuccessfulLogin(now);
        accounts.saveLoginState(account);
        audit.record(AuditEvent.of(AuditAction.LOGIN, RECORD, account.getId(), country(account)).by(actor).detail(how));
        return Optional.of(account);
    }

    private void countFailure(UserAccount account, Instant now) {
        boolean lockedNow = account.recordFailedLogin(now, new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes)));
        if (lockedNow) {
            LOG.log(Level.WARNING, "Account id {0} locked after {1} failed logins",
                    new Object[] {account.getId(), maxFailures});
        }
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

    private void failed(Actor actor, UserAccount account, String why) {
        audit.record(AuditEvent.of(AuditAction.LOGIN_FAILED, RECORD, account == null ? null : account.getId(),
                account == null ? null : country(account)).outcome(AuditOutcome.FAILED).detail(why).by(actor));
    }

    private static String country(UserAccount a) {
        return a.getAgency().getCountry() == null ? null : a.getAgency().getCountry().getCode().value();
    }
}
