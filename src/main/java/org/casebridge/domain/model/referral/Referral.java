package org.casebridge.domain.model.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.Victim;

/**
 * A referral of one victim of a case to a partner agency for services, by a caseworker working on
 * the case. Refers to the case, the victim and the agencies by id. The partner sees the referral and
 * the victim summary the sender chose, frozen when it was sent; nothing of the case. Sending needs the
 * victim's consent to a service referral covering the partner on that day, or a supervisor's
 * override with a legal basis. Its status moves only as {@link ReferralStatus} allows. Never deleted:
 * voided with a reason.
 */
@Entity
@Table(name = "referral")
public class Referral extends TrackedEntity {

    public static final int REASON_MAX = 2000;
    public static final int BASIS_MAX = 1000;

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "victim_id", nullable = false, updatable = false)
    private long victimId;

    @Column(name = "sending_agency_id", nullable = false, updatable = false)
    private long sendingAgencyId;

    @Column(name = "sending_agency_code", nullable = false, length = 32, updatable = false)
    private String sendingAgencyCode;

    @Column(name = "sending_country", nullable = false, length = 2, updatable = false)
    private String sendingCountry;

    @Column(name = "author", nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "recipient_agency_id", nullable = false, updatable = false)
    private long recipientAgencyId;

    @Column(name = "recipient_agency_code", nullable = false, length = 32, updatable = false)
    private String recipientAgencyCode;

    /** The partner's country; null for a regional or international partner. */
    @Column(name = "recipient_country", length = 2, updatable = false)
    private String recipientCountry;

    @Convert(converter = SummaryFields.Services.class)
    @Column(name = "services", nullable = false, length = 200)
    private Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 10)
    private Urgency urgency;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @Embedded
    private VictimSummary summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReferralStatus status = ReferralStatus.DRAFT;

    @Column(name = "sent_by", length = 64)
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "response_due")
    private Instant responseDue;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Column(name = "outcome", length = REASON_MAX)
    private String outcome;

    @Convert(converter = SummaryFields.Services.class)
    @Column(name = "services_delivered", length = 200)
    private Set<ServiceType> servicesDelivered = EnumSet.noneOf(ServiceType.class);

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;

    @Column(name = "consent_override_basis", length = BASIS_MAX)
    private String consentOverrideBasis;

    @Column(name = "consent_override_by", length = 64)
    private String consentOverrideBy;

    @Column(name = "consent_override_at")
    private Instant consentOverrideAt;

    @Column(name = "consent_withdrawn_on")
    private LocalDate consentWithdrawnOn;

    /** 1 as sent; one more for each correction of the summary the partner was told about. */
    @Column(name = "summary_version", nullable = false)
    private int summaryVersion = 1;

    @Column(name = "summary_corrected_by", length = 64)
    private String summaryCorrectedBy;

    @Column(name = "summary_corrected_at")
    private Instant summaryCorrectedAt;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected Referral() {
    }

    /**
     * A draft referral of {@code victim} (a victim of case {@code caseId}) from {@code sendingAgency}
     * to {@code recipient}, a partner that offers every service asked for. The summary is taken now
     * for the sender to check, and again when the referral is sent.
     */
    public Referral(long caseId, Victim victim, Agency sendingAgency, String author, Agency recipient,
            Set<ServiceType> services, Urgency urgency, String reason, SummaryChoice choice, LocalDate today) {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(recipient.isActive(), "recipientAgencyId", "error.referral.recipientAgencyId3");
        errors.check(!recipient.getType().isGovernment(), "recipientAgencyId",
                "error.referral.recipientAgencyId4");
        errors.check(!Objects.equals(recipient.getId(), sendingAgency.getId()), "recipientAgencyId",
                "error.referral.recipientAgencyId5");
        errors.check(services != null && !services.isEmpty(), "services", "error.referral.services");
        errors.check(services == null || recipient.getServices().containsAll(services), "services",
                "error.referral.servicesOffered", Message.listOf(recipient.getServices()));
        errors.check(urgency != null, "urgency", "error.referral.urgency");
        String r = text(reason);
        errors.check(r != null, "reason", "error.referral.reason");
        errors.check(r == null || r.length() <= REASON_MAX, "reason", "error.common.atMost", REASON_MAX);
        errors.check(sendingAgency.getCountry() != null, "case", "error.referral.case");
        errors.throwIfAny();
        this.caseId = caseId;
        this.victimId = victim.getId();
        this.sendingAgencyId = sendingAgency.getId();
        this.sendingAgencyCode = sendingAgency.getCode().value();
        this.sendingCountry = sendingAgency.getCountry().getCode().value();
        this.author = author;
        this.recipientAgencyId = recipient.getId();
        this.recipientAgencyCode = recipient.getCode().value();
        this.recipientCountry = recipient.getCountry() == null ? null : recipient.getCountry().getCode().value();
        this.services = EnumSet.copyOf(services);
        this.urgency = urgency;
        this.reason = r;
        this.summary = VictimSummary.take(victim, choice, today);
    }

    /** Whether the victim's consent allows sending to this partner on {@code today}, or a supervisor overrode it. */
    public boolean consentAllowsSending(Victim victim, LocalDate today) {
        return consentOverrideBasis != null
                || victim.hasConsent(ConsentPurpose.SERVICE_REFERRAL, recipientAgencyCode, recipientCountry, today);
    }

    /**
     * Sends the draft: refused without consent covering the partner on {@code today} (and no
     * override). The summary is taken from the victim as it is now and frozen; the answer is due
     * {@code responseTime} after sending.
     */
    public void send(Victim victim, String by, Instant at, LocalDate today, Duration responseTime) {
        if (victim.getId() == null || victim.getId() != victimId) {
            throw new IllegalArgumentException("not the referral's victim");
        }
        move(ReferralStatus.SENT);
        if (!consentAllowsSending(victim, today)) {
            throw new DomainException("error.referral.noConsent", recipientAgencyCode, sendingCountry);
        }
        this.summary = VictimSummary.take(victim, summary.choice(), today);
        this.status = ReferralStatus.SENT;
        this.sentBy = by;
        this.sentAt = at;
        this.responseDue = at.plus(responseTime);
    }

    public void accept(String by, Instant at) {
        move(ReferralStatus.ACCEPTED);
        this.status = ReferralStatus.ACCEPTED;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public void decline(String why, String by, Instant at) {
        move(ReferralStatus.DECLINED);
        this.declineReason = required(why, "reason", "error.referral.declineReason");
        this.status = ReferralStatus.DECLINED;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** The partner reports the referral done: the outcome, which of the requested services it delivered, and when. */
    public void complete(String result, Set<ServiceType> delivered, LocalDate on, LocalDate today) {
        move(ReferralStatus.COMPLETED);
        ValidationException.Collector errors = new ValidationException.Collector();
        String o = text(result);
        errors.check(o != null, "outcome", "error.referral.outcome");
        errors.check(o == null || o.length() <= REASON_MAX, "outcome", "error.common.atMost", REASON_MAX);
        errors.check(delivered != null && !delivered.isEmpty(), "servicesDelivered", "error.referral.servicesDelivered");
        errors.check(delivered == null || services.containsAll(delivered), "servicesDelivered",
                "error.referral.servicesAskedFor", Message.listOf(services));
        errors.check(on != null, "completedOn", "error.referral.completedOn");
        errors.check(on == null || !on.isAfter(today), "completedOn", "error.referral.completedOn2");
        errors.check(on == null || sentAt == null || !on.isBefore(LocalDate.ofInstant(sentAt, ZoneOffset.UTC)),
                "completedOn", "error.referral.completedOn3");
        errors.throwIfAny();
        this.outcome = o;
        this.servicesDelivered = EnumSet.copyOf(delivered);
        this.completedOn = on;
        this.status = ReferralStatus.COMPLETED;
    }

    public void revoke(String why, String by, Instant at) {
        move(ReferralStatus.REVOKED);
        this.revokeReason = required(why, "reason", "error.referral.revokeReason");
        this.status = ReferralStatus.REVOKED;
        this.revokedBy = by;
        this.revokedAt = at;
    }

    /**
     * The sender corrects what the partner sees of the victim: the summary is taken again from the
     * victim as it is now, with {@code choice}, and frozen as a new version the partner is told about.
     * Only while the referral is sent or accepted, while the partner still sees the summary, and while
     * consent (or the override) still allows sharing with this partner.
     */
    public void correctSummary(Victim victim, SummaryChoice choice, String by, Instant at, LocalDate today) {
        if (victim.getId() == null || victim.getId() != victimId) {
            throw new IllegalArgumentException("not the referral's victim");
        }
        if (voided) {
            throw new DomainException("error.referral.thisReferralWasVoided");
        }
        if (!status.isOpen()) {
            throw new DomainException("error.referral.correctWhenOpen", ReferralStatus.SENT, ReferralStatus.ACCEPTED, status);
        }
        if (consentWithdrawnOn != null) {
            throw new DomainException("error.referral.theVictimWithdrewConsent");
        }
        if (!consentAllowsSending(victim, today)) {
            throw new DomainException("error.referral.noConsentToShare", recipientAgencyCode);
        }
        this.summary = VictimSummary.take(victim, choice, today);
        this.summaryVersion++;
        this.summaryCorrectedBy = by;
        this.summaryCorrectedAt = at;
    }

    /**
     * A supervisor allows sending without the victim's consent, on a documented legal basis (a child
     * at risk, say). Only for a draft: it is what allows the sending. Shown to both sides.
     */
    public void overrideConsent(String legalBasis, String by, Instant at) {
        if (status != ReferralStatus.DRAFT) {
            throw new DomainException("error.referral.overrideBeforeSending", status);
        }
        if (consentOverrideBasis != null) {
            throw new DomainException("error.referral.aConsentOverrideIs");
        }
        String basis = required(legalBasis, "legalBasis", "error.referral.overrideBasis");
        if (basis.length() > BASIS_MAX) {
            throw ValidationException.of("legalBasis", "error.common.atMost", BASIS_MAX);
        }
        this.consentOverrideBasis = basis;
        this.consentOverrideBy = by;
        this.consentOverrideAt = at;
    }

    /**
     * The victim withdrew the consent this open referral relied on: the partner is told, and no
     * longer sees the summary. Returns whether this referral was marked (only open ones without an
     * override, once).
     */
    public boolean consentWithdrawn(LocalDate on) {
        if (!status.isOpen() || consentOverrideBasis != null || consentWithdrawnOn != null) {
            return false;
        }
        this.consentWithdrawnOn = on;
        return true;
    }

    /** SENT and not answered by its response-due time. */
    public boolean isOverdueAt(Instant now) {
        return status == ReferralStatus.SENT && responseDue != null && now.isAfter(responseDue);
    }

    /** Whether the partner may see the victim summary (not after the consent was withdrawn). */
    public boolean isSummaryShared() {
        return consentWithdrawnOn == null;
    }

    public void voidRecord(String why, String by, Instant at) {
        this.voidReason = required(why, "reason", "error.referral.voidReason");
        this.voided = true;
        this.voidedBy = by;
        this.voidedAt = at;
    }

    private void move(ReferralStatus target) {
        if (voided) {
            throw new DomainException("error.referral.thisReferralWasVoided");
        }
        if (!status.canMoveTo(target)) {
            throw status.isFinal() ? new DomainException("error.referral.transitionFinal", status, target)
                    : new DomainException("error.referral.transition", status, target, Message.listOf(status.next()));
        }
    }

    private static String required(String value, String field, String key) {
        String t = text(value);
        if (t == null) {
            throw ValidationException.of(field, key);
        }
        if (t.length() > REASON_MAX) {
            throw ValidationException.of(field, "error.common.atMost", REASON_MAX);
        }
        return t;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getVictimId() {
        return victimId;
    }

    public long getSendingAgencyId() {
        return sendingAgencyId;
    }

    public String getSendingAgencyCode() {
        return sendingAgencyCode;
    }

    public String getSendingCountry() {
        return sendingCountry;
    }

    public String getAuthor() {
        return author;
    }

    public long getRecipientAgencyId() {
        return recipientAgencyId;
    }

    public String getRecipientAgencyCode() {
        return recipientAgencyCode;
    }

    public String getRecipientCountry() {
        return recipientCountry;
    }

    public Set<ServiceType> getServices() {
        return EnumSet.copyOf(services);
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public String getReason() {
        return reason;
    }

    public int getSummaryVersion() {
        return summaryVersion;
    }

    public String getSummaryCorrectedBy() {
        return summaryCorrectedBy;
    }

    public Instant getSummaryCorrectedAt() {
        return summaryCorrectedAt;
    }

    public VictimSummary getSummary() {
        return summary;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getResponseDue() {
        return responseDue;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getOutcome() {
        return outcome;
    }

    public Set<ServiceType> getServicesDelivered() {
        return servicesDelivered == null || servicesDelivered.isEmpty() ? EnumSet.noneOf(ServiceType.class)
                : EnumSet.copyOf(servicesDelivered);
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public String getConsentOverrideBasis() {
        return consentOverrideBasis;
    }

    public String getConsentOverrideBy() {
        return consentOverrideBy;
    }

    public Instant getConsentOverrideAt() {
        return consentOverrideAt;
    }

    public LocalDate getConsentWithdrawnOn() {
        return consentWithdrawnOn;
    }

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
