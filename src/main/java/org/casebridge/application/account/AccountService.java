package org.casebridge.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.application.Page;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.PasswordHasher;
import org.casebridge.domain.model.account.PasswordPolicy;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * User administration (admin) and the caller's own account. Supervisors may read the accounts of
 * their own country. Every read and change is audited; passwords never leave this class unhashed.
 */
@Stateless
@AuditedService
public class AccountService {

    public static final String RECORD = "user_account";

    @Inject
    Access access;

    @Inject
    Caller callers;

    @Inject
    AuditTrail audit;

    @Inject
    AccountRepository accounts;

    @Inject
    AgencyRepository agencies;

    @Inject
    PasswordHasher hasher;

    @Inject
    UnitOfWork work;

    @Inject
    SecondFactorPolicy secondFactors;

    @Inject
    org.casebridge.application.export.Exports exports;

    @Inject
    org.casebridge.domain.model.account.ApiTokenRepository tokens;

    /** The caller's own account. */
    public UserAccount me() {
        UserAccount me = access.requireAnyRole(RECORD, Role.values());
        audit.record(AuditEvent.view(RECORD, me.getId(), countryOf(me)).detail("self"));
        return me;
    }

    /** Accounts by username; admins see all, supervisors their own country's. */
    public Page<UserAccount> list(String filter, int first, int size) {
        UserAccount caller = access.requireAnyRole(RECORD, Role.ADMIN, Role.SUPERVISOR);
        CountryCode scope = listScope(caller);
        List<UserAccount> items = accounts.page(filter, scope, first, size);
        long total = accounts.count(filter, scope);
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, items.stream().map(UserAccount::getId).toList(),
                filter == null || filter.isBlank() ? null : "filtered"));
        return new Page<>(items, total, first, size);
    }

    /**
     * All the accounts {@link #list} would list with this filter, for a download: refused above
     * {@code casebridge.download.max-rows} rows, audited as an EXPORT with the id of every account in it.
     */
    public List<UserAccount> export(String filter) {
        UserAccount caller = access.requireAnyRole(RECORD, Role.ADMIN, Role.SUPERVISOR);
        CountryCode scope = listScope(caller);
        List<UserAccount> items = exports.withinLimit(accounts.page(filter, scope, 0, exports.rowsToRead()));
        exports.record(RECORD, items.stream().map(UserAccount::getId).toList(), "xlsx",
                filter == null || filter.isBlank() ? null : "filtered");
        return items;
    }

    /**
     * Whose accounts {@code user}'s user list holds: every account for an administrator (null), their own country's
     * for a supervisor. The rule of the list, its download and its background export ({@link UserListExport}) alike.
     */
    static CountryCode listScope(UserAccount user) {
        return user.hasRole(Role.ADMIN) ? null : user.getAgency().getCountry().getCode();
    }

    public UserAccount get(long id) {
        UserAccount account = visible(id, Role.ADMIN, Role.SUPERVISOR).account();
        audit.record(AuditEvent.view(RECORD, id, countryOf(account)));
        return account;
    }

    public UserAccount create(NewAccount command) {
        access.requireAnyRole(RECORD, Role.ADMIN);
        ValidationException.Collector errors = new ValidationException.Collector();
        Username username = null;
        try {
            username = new Username(command.username());
            errors.check(accounts.findByUsername(username).isEmpty(), "username", "error.account.username");
        } catch (ValidationException e) {
            errors.add("username", e.fieldErrors().get("username"));
        }
        PasswordPolicy.problem(command.password(), command.username()).ifPresent(p -> errors.add("password", p));
        Agency agency = agency(command.agencyId(), errors);
        // what is not given is the agency's country's; checked here so that every error shows at once
        boolean countryKnown = agency != null && agency.getCountry() != null;
        String language = command.language() != null ? command.language()
                : countryKnown ? agency.getCountry().getLanguage() : Languages.DEFAULT;
        String timeZone = command.timeZone() != null ? command.timeZone()
                : countryKnown ? agency.getCountry().getTimeZone() : Languages.DEFAULT_TIME_ZONE;
        Languages.check(language, timeZone, errors);
        errors.throwIfAny();
        UserAccount account = new UserAccount(username, command.displayName(), agency, roles(command.roles()),
                hasher.hash(command.password()), Instant.now());
        account.changeEmail(command.email());
        account.choosePreferences(language, timeZone);
        accounts.add(account);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, RECORD, account.getId(), countryOf(account)));
        return account;
    }

    public UserAccount update(long id, long expectedVersion, AccountChanges changes) {
        Visible v = visible(id, Role.ADMIN);
        UserAccount caller = v.caller();
        UserAccount account = v.account();
        checkVersion(account, expectedVersion);
        ValidationException.Collector errors = new ValidationException.Collector();
        Agency agency = agency(changes.agencyId(), errors);
        Set<Role> newRoles = roles(changes.roles());
        if (account.getId().equals(caller.getId()) && !newRoles.contains(Role.ADMIN)) {
            errors.add("roles", "error.account.roles");
        }
        errors.throwIfAny();
        List<String> changed = new ArrayList<>();
        if (!account.getDisplayName().equals(changes.displayName() == null ? null : changes.displayName().trim())) {
            changed.add("displayName");
        }
        if (!account.getAgency().getId().equals(agency.getId())) {
            changed.add("agency");
        }
        if (!account.getRoles().equals(newRoles)) {
            changed.add("roles");
        }
        String oldEmail = account.getEmail();
        account.describe(changes.displayName(), agency, newRoles);
        account.changeEmail(changes.email());
        if (!java.util.Objects.equals(oldEmail, account.getEmail())) {
            changed.add("email");
        }
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, id, countryOf(account))
                .detail("fields=" + String.join(",", changed)));
        return account;
    }

    public UserAccount disable(long id) {
        Visible v = visible(id, Role.ADMIN);
        UserAccount caller = v.caller();
        UserAccount account = v.account();
        if (account.getId().equals(caller.getId())) {
            throw ValidationException.of("enabled", "error.account.enabled");
        }
        account.disable();
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, RECORD, id, countryOf(account)).detail("disabled"));
        return account;
    }

    /** At most this many accounts in each list of the administrators' security screen. */
    public static final int SECURITY_LIST_MAX = 200;

    /** Lifts the lockout of account {@code id} (administrators); audited with the failures it forgets. */
    public UserAccount unlock(long id) {
        UserAccount account = visible(id, Role.ADMIN).account();
        int failures = account.getFailedAttempts();
        boolean locked = account.isLockedAt(Instant.now());
        account.unlock();
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, RECORD, id, countryOf(account))
                .detail((locked ? "unlocked" : "unlocked (was not locked)") + " failures=" + failures));
        return account;
    }

    /** The accounts locked now, the latest lock first (administrators); the ids go on the trail. */
    public List<UserAccount> lockedAccounts() {
        access.requireAnyRole(RECORD, Role.ADMIN);
        List<UserAccount> locked = accounts.lockedAt(Instant.now(), SECURITY_LIST_MAX);
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, locked.stream().map(UserAccount::getId).toList(), "locked"));
        return locked;
    }

    /**
     * The enabled accounts whose role requires a second factor and that have none yet, by username
     * (administrators): they can do nothing but set one up at their next login.
     */
    public List<UserAccount> missingSecondFactor() {
        access.requireAnyRole(RECORD, Role.ADMIN);
        List<UserAccount> missing = accounts.enabledWithoutSecondFactor(10 * SECURITY_LIST_MAX).stream()
                .filter(secondFactors::required).limit(SECURITY_LIST_MAX).toList();
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, missing.stream().map(UserAccount::getId).toList(),
                "second-factor-missing"));
        return missing;
    }

    public UserAccount enable(long id) {
        UserAccount account = visible(id, Role.ADMIN).account();
        account.enable();
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, RECORD, id, countryOf(account)).detail("enabled"));
        return account;
    }

    /** Sets a new password chosen by an admin; the user's existing sessions end. */
    public UserAccount resetPassword(long id, String newPassword) {
        UserAccount account = visible(id, Role.ADMIN).account();
        PasswordPolicy.problem(newPassword, account.getUsername().value())
                .ifPresent(p -> { throw new ValidationException(Map.of("password", p)); });
        Instant now = Instant.now();
        account.resetPassword(hasher.hash(newPassword), now);
        // A reset means the password may be known to someone else: the tokens made with it end too. A
        // user's own change of password ends nothing but their other sessions.
        String admin = callers.account().map(a -> a.getUsername().value()).orElse(null);
        long revoked = tokens.ofUser(account.getId()).stream().filter(t -> t.revoke(admin, now)).count();
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, id, countryOf(account))
                .detail("fields=password" + (revoked > 0 ? " tokens-revoked=" + revoked : "")));
        return account;
    }

    /**
     * The caller changes their own password: the current one is required, the policy applies and the
     * new one must differ. Every other session of the account ends (the caller's own goes on with the
     * returned account's epoch); nothing else is revoked. A temporary password stops being one.
     */
    public UserAccount changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount caller = access.requireAnyRole(RECORD, Role.values());
        UserAccount me = accounts.find(caller.getId()).orElseThrow(() -> access.missing(RECORD, caller.getId()));
        ValidationException.Collector errors = new ValidationException.Collector();
        boolean currentOk = hasher.verify(currentPassword == null ? "" : currentPassword, me.getPasswordHash());
        errors.check(currentOk, "currentPassword", "error.account.currentPassword");
        PasswordPolicy.problem(newPassword, me.getUsername().value()).ifPresent(p -> errors.add("password", p));
        if (currentOk && newPassword != null && newPassword.equals(currentPassword)) {
            errors.add("password", "error.account.password");
        }
        if (!currentOk) {
            // the refusal is audited (a stolen session guessing the password shows on the trail); then the 400
            audit.recordSeparately(AuditEvent.of(AuditAction.UPDATE, RECORD, me.getId(), countryOf(me))
                    .outcome(org.casebridge.domain.model.audit.AuditOutcome.FAILED).detail("own password: current password wrong"));
        }
        errors.throwIfAny();
        me.changePassword(hasher.hash(newPassword), Instant.now());
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, me.getId(), countryOf(me)).detail("fields=password, own"));
        return me;
    }

    /**
     * The caller chooses their own language and time zone (one of {@link Languages#SUPPORTED}, an IANA zone id);
     * audited as a change of their account naming the fields that changed.
     */
    public UserAccount choosePreferences(String language, String timeZone) {
        UserAccount caller = access.requireAnyRole(RECORD, Role.values());
        UserAccount me = accounts.find(caller.getId()).orElseThrow(() -> access.missing(RECORD, caller.getId()));
        List<String> changed = new ArrayList<>();
        if (!me.getLanguage().equals(language)) {
            changed.add("language");
        }
        if (!me.getTimeZone().equals(timeZone)) {
            changed.add("timeZone");
        }
        me.choosePreferences(language, timeZone);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, me.getId(), countryOf(me))
                .detail("self fields=" + String.join(",", changed)));
        return me;
    }

    /**
     * The account {@code id} if the caller holds one of {@code roles} and may see it (admins all,
     * supervisors their own country's). A refusal names the account and its country.
     */
    private Visible visible(long id, Role... roles) {
        Optional<UserAccount> found = accounts.find(id);
        String country = found.map(UserAccount::countryCode).orElse(null);
        UserAccount caller = callers.account().filter(c -> c.hasAnyRole(roles))
                .orElseThrow(() -> access.forbidden(RECORD, id, country, roles));
        UserAccount account = found.orElseThrow(() -> access.missing(RECORD, id));
        if (!caller.hasRole(Role.ADMIN)) {
            CountryCode own = caller.getAgency().getCountry().getCode();
            if (account.getAgency().getCountry() == null || !account.getAgency().isIn(own)) {
                throw access.notVisible(RECORD, id, country);
            }
        }
        return new Visible(caller, account);
    }

    private record Visible(UserAccount caller, UserAccount account) {
    }

    private Agency agency(Long agencyId, ValidationException.Collector errors) {
        Agency agency = agencyId == null ? null : agencies.agency(agencyId).orElse(null);
        errors.check(agency != null, "agency", "error.account.agency");
        return agency;
    }

    private static Set<Role> roles(Set<Role> requested) {
        return requested == null || requested.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requested);
    }

    private static void checkVersion(UserAccount account, long expectedVersion) {
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
    }


    private static String countryOf(UserAccount account) {
        return account.getAgency().getCountry() == null ? null : account.getAgency().getCountry().getCode().value();
    }

    /**
     * What an admin fills in to create an account; {@code language} and {@code timeZone} null: those of the
     * agency's country (English and UTC for a regional agency).
     */
    public record NewAccount(String username, String displayName, Long agencyId, Set<Role> roles, String password,
            String email, String language, String timeZone) {

        public NewAccount(String username, String displayName, Long agencyId, Set<Role> roles, String password, String email) {
            this(username, displayName, agencyId, roles, password, email, null, null);
        }
    }

    /** What an admin may change on an account. */
    public record AccountChanges(String displayName, Long agencyId, Set<Role> roles, String email) {
    }
}
