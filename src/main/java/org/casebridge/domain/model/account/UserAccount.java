package org.casebridge.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.shared.LanguageAndTimeZone;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A person who logs in to CaseBridge. Belongs to one agency (and so to one country, or to none for a
 * regional agency) and holds one or more roles. Lockout state lives here, in the database, so that it
 * holds across all instances of a cluster. {@code sessionEpoch} changes whenever existing sessions
 * must end (disabled, password reset): a session started under an older epoch is no longer honoured.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT_WITH_ROLE, query = "select count(u) from UserAccount u join u.roles r where r = :role")
public class UserAccount extends TrackedEntity {

    public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
    public static final String COUNT_WITH_ROLE = "UserAccount.countWithRole";
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Where notification e-mails go; null for none. Set by an administrator. */
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    /** The user's own choice to receive notification e-mails (on by default). */
    @Column(name = "mail_notifications", nullable = false)
    private boolean mailNotifications = true;

    /** Set by an administrator's reset (and the first administrator's bootstrap): to be changed before anything else. */
    @Column(name = "password_temporary", nullable = false)
    private boolean passwordTemporary;

    /** The TOTP secret (Base32) once confirmed by a first code; null without a second factor. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The secret being enrolled, until its first code is confirmed. */
    @Column(name = "totp_pending_secret", length = 64)
    private String totpPendingSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The last TOTP time step accepted: a code of this step or an earlier one is not accepted again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /**
     * The language of the user's screens and e-mails and the time zone their screens show times in (stored
     * times stay UTC); the country's at first.
     */
    @Embedded
    private LanguageAndTimeZone preferences = LanguageAndTimeZone.english();

    /** Read only where a second factor is checked or changed (not with every request's account). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    private java.util.List<RecoveryCode> recoveryCodes = new java.util.ArrayList<>();

    protected UserAccount() {
    }

    public UserAccount(Username username, String displayName, Agency agency, Set<Role> roles, String passwordHash,
            Instant now) {
        this.username = username.value();
        describe(displayName, agency, roles);
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        if (agency != null && agency.getCountry() != null) {
            // a value of its own: an embedded value is never shared between two entities
            this.preferences = LanguageAndTimeZone.of(agency.getCountry().getLanguage(), agency.getCountry().getTimeZone());
        }
    }

    /** The user's language and time zone (their own choice, or an administrator's when creating the account). */
    public void choosePreferences(String newLanguage, String newTimeZone) {
        this.preferences = LanguageAndTimeZone.of(newLanguage, newTimeZone);
    }

    public String getLanguage() {
        return preferences.language();
    }

    public String getTimeZone() {
        return preferences.timeZone();
    }

    /** Sets name, agency and roles together after checking that they fit each other. */
    public final void describe(String newDisplayName, Agency newAgency, Set<Role> newRoles) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String name = Text.name(newDisplayName, DISPLAY_NAME_MAX, "displayName", "error.label.name", errors);
        errors.check(name != null, "displayName", "error.text.required", Message.of("error.label.name"), DISPLAY_NAME_MAX);
        errors.check(newAgency != null, "agency", "error.account.agency2");
        errors.check(newRoles != null && !newRoles.isEmpty(), "roles", "error.account.roles2");
        if (newAgency != null && newRoles != null) {
            boolean needsCountry = newRoles.stream().anyMatch(Role::needsCountry);
            errors.check(!needsCountry || newAgency.getCountry() != null, "agency",
                    "error.account.agency3");
            errors.check(!newRoles.contains(Role.PARTNER) || !newAgency.getType().isGovernment(), "roles",
                    "error.account.roles3");
            // Separation of duties: administrators manage accounts and never see case content.
            errors.check(!newRoles.contains(Role.ADMIN) || newRoles.size() == 1, "roles",
                    "error.account.roles4");
        }
        errors.throwIfAny();
        this.displayName = name;
        this.agency = newAgency;
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** Sets (or, with a blank value, removes) the address notification e-mails go to. */
    public void changeEmail(String address) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String e = Text.oneLine(address, EMAIL_MAX, "email", "error.label.emailAddress", errors);
        errors.check(e == null || EMAIL.matcher(e).matches(), "email", "error.account.email");
        errors.throwIfAny();
        this.email = e;
    }

    /** The user's own choice: notification e-mails on or off. */
    public void chooseMailNotifications(boolean wanted) {
        this.mailNotifications = wanted;
    }

    /** Whether a notification for this user should also go out by e-mail: enabled, with an address, e-mails on. */
    public boolean wantsMail() {
        return enabled && mailNotifications && email != null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; returns true when this failure locked the account. */
    public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= policy.maxFailures() && !isLockedAt(now)) {
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    /** An administrator lifts a lockout: the account may log in again at once, its failures forgotten. */
    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** Sets a new password hash chosen by the user; every existing session of this account ends. */
    public void changePassword(String newHash, Instant now) {
        this.passwordTemporary = false;
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.sessionEpoch++;
    }

    /**
     * Sets a password chosen by someone else (an administrator, the bootstrap settings): every session
     * ends and the user must choose a new one before doing anything else.
     */
    public void resetPassword(String newHash, Instant now) {
        changePassword(newHash, now);
        this.passwordTemporary = true;
    }

    public boolean isPasswordTemporary() {
        return passwordTemporary;
    }

    /** Starts (or restarts) enrolling a second factor with {@code secret}; the current one, if any, stays until confirmed. */
    public void startSecondFactorEnrolment(String secret) {
        this.totpPendingSecret = secret;
    }

    public String getPendingSecondFactorSecret() {
        return totpPendingSecret;
    }

    /**
     * Confirms the secret being enrolled with the time step of its first code, and replaces the
     * recovery codes. Other sessions go on: adding a factor takes nothing away from them.
     */
    public void confirmSecondFactor(long step, Instant now, java.util.List<RecoveryCode> newCodes) {
        if (totpPendingSecret == null) {
            throw ValidationException.of("code", "error.account.code");
        }
        this.totpSecret = totpPendingSecret;
        this.totpPendingSecret = null;
        this.totpEnabledAt = now;
        this.totpLastStep = step;
        this.recoveryCodes.clear();
        this.recoveryCodes.addAll(newCodes);
    }

    /** Removes the second factor and its recovery codes (an administrator's reset); sessions end. */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpPendingSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
        this.recoveryCodes.clear();
        this.sessionEpoch++;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public String getSecondFactorSecret() {
        return totpSecret;
    }

    public Instant getSecondFactorEnabledAt() {
        return totpEnabledAt;
    }

    public Long getLastAcceptedStep() {
        return totpLastStep;
    }

    /** Accepts a code of time step {@code step} unless a code of that step or a later one was accepted already (a replay). */
    public boolean acceptCodeStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Spends the unused recovery code {@code typed}; returns the spent code, or empty when none matches. */
    public java.util.Optional<RecoveryCode> useRecoveryCode(String typed, Instant now) {
        for (RecoveryCode c : recoveryCodes) {
            if (c.matches(typed)) {
                c.use(now);
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    public int unusedRecoveryCodes() {
        return (int) recoveryCodes.stream().filter(c -> !c.isUsed()).count();
    }

    /** Replaces the hash of the same password with a stronger one (at login); sessions go on. */
    public void changePasswordHashOnly(String strongerHash) {
        this.passwordHash = strongerHash;
    }

    /** Disables the account and ends its sessions. */
    public void disable() {
        if (enabled) {
            enabled = false;
            sessionEpoch++;
        }
    }

    public void enable() {
        enabled = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public Username getUsername() {
        return new Username(username);
    }

    public String getDisplayName() {
        return displayName;
    }

    public Agency getAgency() {
        return agency;
    }

    /** The role names, as the container knows them (the caller's groups). */
    public Set<String> roleNames() {
        return roles.stream().map(Role::roleName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether the account holds at least one of {@code wanted}. */
    public boolean hasAnyRole(Role... wanted) {
        for (Role r : wanted) {
            if (hasRole(r)) {
                return true;
            }
        }
        return false;
    }

    /** The code of the country of the account's agency; null for a regional or international agency. */
    public String countryCode() {
        return agency.getCountry() == null ? null : agency.getCountry().getCode().value();
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getEmail() {
        return email;
    }

    public boolean isMailNotifications() {
        return mailNotifications;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
