package org.casebridge.domain.model.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A victim's consent to one use of their data (referral to services, cross-border sharing,
 * statistics) for a recipient scope (one agency, one country, or any), valid from the day given
 * until it expires or is withdrawn. Never deleted: withdrawal is recorded.
 *
 * <p>A withdrawal takes effect on the day it is recorded, or on an earlier day the victim withdrew
 * (at most {@value #WITHDRAWAL_BACKDATE_DAYS} days back, and not before the consent was given); never
 * on a future day, which would leave the consent in force until then and block the real withdrawal.
 */
@Entity
@Table(name = "victim_consent")
public class Consent extends TrackedEntity {

    public static final int SCOPE_VALUE_MAX = 32;
    public static final int WITHDRAWAL_BACKDATE_DAYS = 30;

    @Id
    @SequenceGenerator(name = "victim_consent_seq", sequenceName = "victim_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "victim_consent_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "victim_id", nullable = false, updatable = false)
    private Victim victim;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 30)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 10)
    private ConsentScope scope;

    /** The agency code or country code the consent is limited to; null for ANY. */
    @Column(name = "scope_value", length = SCOPE_VALUE_MAX)
    private String scopeValue;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    protected Consent() {
    }

    Consent(Victim victim, ConsentPurpose purpose, ConsentScope scope, String scopeValue, LocalDate givenOn,
            LocalDate expiresOn, String recordedBy, LocalDate today) {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(purpose != null, "purpose", "error.victim.purpose");
        errors.check(scope != null, "scope", "error.victim.scope");
        String text = Text.oneLine(scopeValue, SCOPE_VALUE_MAX, "scopeValue", "error.label.scopeValue", errors);
        String value = text == null ? null : text.toUpperCase(Locale.ROOT);
        errors.check(scope == null || scope == ConsentScope.ANY || value != null, "scopeValue",
                "error.victim.scopeValue");
        errors.check(scope != ConsentScope.COUNTRY || value == null || value.matches("[A-Z]{2}"), "scopeValue",
                "error.victim.scopeValue2");
        errors.check(scope != ConsentScope.AGENCY || value == null || value.matches("[A-Z0-9-]+"), "scopeValue",
                "error.victim.scopeValue3");
        errors.check(givenOn != null, "givenOn", "error.victim.givenOn");
        errors.check(givenOn == null || !givenOn.isAfter(today), "givenOn", "error.victim.givenOn2");
        errors.check(expiresOn == null || givenOn == null || expiresOn.isAfter(givenOn), "expiresOn",
                "error.victim.expiresOn");
        errors.throwIfAny();
        this.victim = victim;
        this.purpose = purpose;
        this.scope = scope;
        this.scopeValue = scope == ConsentScope.ANY ? null : value;
        this.givenOn = givenOn;
        this.expiresOn = expiresOn;
        this.recordedBy = recordedBy;
    }

    /** Given, not expired and not withdrawn on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(givenOn) && (expiresOn == null || !date.isAfter(expiresOn))
                && (withdrawnOn == null || date.isBefore(withdrawnOn));
    }

    /** Whether this consent allows {@code purpose} towards a recipient agency in a country, on {@code date}. */
    public boolean covers(ConsentPurpose wanted, String agencyCode, String countryCode, LocalDate date) {
        if (wanted != purpose || !isValidOn(date)) {
            return false;
        }
        return switch (scope) {
            case ANY -> true;
            case AGENCY -> scopeValue.equals(agencyCode);
            case COUNTRY -> scopeValue.equals(countryCode);
        };
    }

    /** Records that the consent was withdrawn {@code on} a day no later than {@code today} (see the class comment). */
    public void withdraw(LocalDate on, LocalDate today) {
        if (withdrawnOn != null) {
            throw ValidationException.of("withdrawnOn", "error.victim.withdrawnOn");
        }
        if (on == null || on.isAfter(today)) {
            throw ValidationException.of("withdrawnOn", "error.victim.withdrawnOn2");
        }
        if (on.isBefore(givenOn)) {
            throw ValidationException.of("withdrawnOn", "error.victim.withdrawnOn3");
        }
        if (on.isBefore(today.minusDays(WITHDRAWAL_BACKDATE_DAYS))) {
            throw ValidationException.of("withdrawnOn",
                    "A withdrawal can be recorded at most " + WITHDRAWAL_BACKDATE_DAYS + " days back.");
        }
        this.withdrawnOn = on;
    }

    public Long getId() {
        return id;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public ConsentScope getScope() {
        return scope;
    }

    public String getScopeValue() {
        return scopeValue;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
