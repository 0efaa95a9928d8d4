package org.casebridge.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.notification.Notifier;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.OneTimeCodes;
import org.casebridge.domain.model.account.RecoveryCode;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.notification.NotificationKind;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * The second factor of an account: the user enrols their own (a TOTP secret, confirmed by a first
 * code, and ten recovery codes shown once); an administrator removes a user's (a lost phone), which is
 * audited and told to the user. Every step is audited; no secret or code is ever written to the trail.
 */
@Stateless
@AuditedService
public class SecondFactorService {

    static final String ISSUER = "CaseBridge";

    @Inject
    Access access;

    @Inject
    Caller callers;

    @Inject
    AuditTrail audit;

    @Inject
    AccountRepository accounts;

    @Inject
    OneTimeCodes codes;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Inject
    UnitOfWork work;

    /** What an authenticator app needs: the secret as text and the {@code otpauth://} address of the QR code. */
    public record Enrolment(String secret, String uri) {
    }

    /** Starts enrolling a (new) second factor for the caller; a factor already confirmed stays until the new one is. */
    public Enrolment start() {
        UserAccount me = own();
        String secret = codes.newSecret();
        me.startSecondFactorEnrolment(secret);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, AccountService.RECORD, me.getId(), me.countryCode())
                .detail("second factor enrolment started"));
        return new Enrolment(secret, codes.provisioningUri(secret, ISSUER, me.getUsername().value()));
    }

    /** Confirms the enrolment with a first code; returns the ten recovery codes, in clear this once only. */
    public List<String> confirm(String code) {
        UserAccount me = own();
        if (me.getPendingSecondFactorSecret() == null) {
            throw ValidationException.of("code", "error.account.code");
        }
        OptionalLong step = codes.matchingStep(me.getPendingSecondFactorSecret(), code, clock.instant());
        if (step.isEmpty()) {
            throw ValidationException.of("code", "error.account.code2");
        }
        List<String> clear = new ArrayList<>();
        List<RecoveryCode> stored = new ArrayList<>();
        for (int i = 0; i < RecoveryCode.COUNT; i++) {
            String c = RecoveryCode.newCode();
            clear.add(c);
            stored.add(RecoveryCode.of(c));
        }
        me.confirmSecondFactor(step.getAsLong(), Instant.now(clock), stored);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, AccountService.RECORD, me.getId(), me.countryCode())
                .detail("fields=secondFactor,recoveryCodes"));
        return List.copyOf(clear);
    }

    /** The caller's account, as managed in this transaction (the caller was read before it began). */
    private UserAccount own() {
        UserAccount caller = access.requireAnyRole(AccountService.RECORD, Role.values());
        return accounts.find(caller.getId()).orElseThrow(() -> access.missing(AccountService.RECORD, caller.getId()));
    }

    /** An administrator removes user {@code id}'s second factor; their sessions end and they are told. */
    public UserAccount reset(long id) {
        java.util.Optional<UserAccount> found = accounts.find(id);
        String country = found.map(UserAccount::countryCode).orElse(null);
        UserAccount caller = callers.account().filter(c -> c.hasRole(Role.ADMIN))
                .orElseThrow(() -> access.forbidden(AccountService.RECORD, id, country, Role.ADMIN));
        UserAccount account = found.orElseThrow(() -> access.missing(AccountService.RECORD, id));
        if (!account.hasSecondFactor() && account.getPendingSecondFactorSecret() == null) {
            throw ValidationException.of("secondFactor", "error.account.secondFactor");
        }
        account.resetSecondFactor();
        notifier.toUser(account, NotificationKind.SECOND_FACTOR_RESET, id, caller);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, AccountService.RECORD, id, account.countryCode())
                .detail("second factor reset"));
        return account;
    }
}
