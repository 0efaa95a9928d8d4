package org.casebridge.application.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.LockoutPolicy;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database side of a password login, in short steps around the password hash that
 * {@link LoginService} computes with no transaction, lock or connection held: {@link #snapshot} reads
 * the account without a lock, {@link #outcome} records the result in one short transaction that locks
 * the account's row only to count failures exactly (concurrent failures each add one) and re-checks what
 * may have changed meanwhile (locked, disabled, password changed).
 */
@Stateless
@AuditedService
public class LoginRecorder {

    private static final Logger LOG = Logger.getLogger(LoginRecorder.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    SecondFactorPolicy secondFactors;

    @Inject
    @ConfigProperty(name = "casebridge.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "casebridge.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    /** The account as it is now, read without a lock or transaction; empty for an unknown or malformed username. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @NotAudited("a read for the login that follows; the outcome is audited by outcome() or unknown()")
    public Optional<UserAccount> snapshot(String username) {
        try {
            return username == null ? Optional.empty() : accounts.findByUsername(new Username(username));
        } catch (ValidationException malformed) {
            return Optional.empty();
        }
    }

    /** A login for a username that has no account: audited, nothing else. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unknown() {
        failed(Actor.ANONYMOUS, null, "unknown account");
    }

    /** A login refused because the account was locked when it started: audited, not counted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void locked(String username) {
        Optional<UserAccount> account = snapshot(username);
        failed(account.map(Actor::of).orElse(Actor.ANONYMOUS), account.orElse(null), "locked");
    }

    /**
     * Records a checked password in one short transaction. {@code checkedHash} is the stored hash the
     * password was checked against; {@code strongerHash} (or null) the same password hashed with the
     * current parameters, computed beforehand. Returns the account on success.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LoginService.PasswordStep> outcome(String username, boolean passwordOk, String checkedHash,
            String strongerHash, Instant now, LoginService.Way way) {
        Optional<UserAccount> found = accounts.findForLogin(new Username(username));
        if (found.isEmpty()) {
            failed(Actor.ANONYMOUS, null, "unknown account");
            return Optional.empty();
        }
        UserAccount account = found.get();
        Actor actor = Actor.of(account);
        if (passwordOk && !account.getPasswordHash().equals(checkedHash)) {
            // The password was changed while this one was checked: checked against the old one, it proves nothing.
            failed(actor, account, "password changed meanwhile");
            return Optional.empty();
        }
        if (account.isLockedAt(now)) {
            failed(actor, account, "locked");
            return Optional.empty();
        }
        if (!passwordOk) {
            countFailure(account, now);
            accounts.saveLoginState(account);
            failed(actor, account, "bad credentials");
            return Optional.empty();
        }
        if (!account.isEnabled()) {
            failed(actor, account, "disabled");
            return Optional.empty();
        }
        if (strongerHash != null) {
            account.changePasswordHashOnly(strongerHash);
        }
        if (way == LoginService.Way.BASIC && (account.hasSecondFactor() || secondFactors.required(account))) {
            // the right password, but a password alone must not get round the second factor: tokens only
            accounts.saveLoginState(account);
            failed(actor, account, "HTTP Basic refused, second factor: use an API token");
            return Optional.of(new LoginService.PasswordStep(account, false, true));
        }
        if (way == LoginService.Way.FORM && account.hasSecondFactor()) {
            accounts.saveLoginState(account);
            audit.record(AuditEvent.of(AuditAction.VERIFY, LoginService.RECORD, account.getId(), account.countryCode())
                    .by(actor).detail("password accepted, second factor asked"));
            return Optional.of(new LoginService.PasswordStep(account, true, false));
        }
        account.recordSuccessfulLogin(now);
        accounts.saveLoginState(account);
        audit.record(AuditEvent.of(AuditAction.LOGIN, LoginService.RECORD, account.getId(), account.countryCode()).by(actor));
        return Optional.of(new LoginService.PasswordStep(account, false, false));
    }

    /** Counts a failed attempt (a wrong password or code) on {@code account}; locks it at the limit. */
    @NotAudited("counts only; the caller writes the LOGIN_FAILED entry")
    public void countFailure(UserAccount account, Instant now) {
        if (account.recordFailedLogin(now, new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes)))) {
            LOG.log(Level.WARNING, "Account id {0} locked after {1} failed logins",
                    new Object[] {account.getId(), maxFailures});
        }
    }

    /** A failed login of {@code account} (or of no known account), with why, on the trail. */
    public void failed(Actor actor, UserAccount account, String why) {
        audit.record(AuditEvent.of(AuditAction.LOGIN_FAILED, LoginService.RECORD, account == null ? null : account.getId(),
                account == null ? null : account.countryCode()).outcome(AuditOutcome.FAILED).detail(why).by(actor));
    }
}
