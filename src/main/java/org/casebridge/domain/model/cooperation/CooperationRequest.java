package org.casebridge.domain.model.cooperation;

import jakarta.persistence.Column;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.Victim;

/**
 * A request of one participating government (the requesting country, through its focal points) to
 * another (the requested country) about a case of the requesting side. Refers to the case by id. The
 * requested country sees the request and the case extract the sender chose, frozen when it was sent;
 * never the rest of the case. Sending an extract with the victim's personal data needs the victim's
 * consent to cross-border sharing covering the requested country on that day, or a recorded legal
 * basis for sharing without consent. Its status moves only as {@link RequestStatus} allows; the
 * acknowledge-by and answer-by deadlines are set at sending (the answer-by again at each follow-up).
 * Never deleted: a draft is voided with a reason.
 */
@Entity
@Table(name = "cooperation_request")
public class CooperationRequest extends TrackedEntity {

    public static final int BASIS_MAX = 1000;
    public static final int PURPOSE_MAX = 2000;
    public static final int REASON_MAX = 2000;

    @Id
    @SequenceGenerator(name = "cooperation_request_seq", sequenceName = "cooperation_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cooperation_request_seq")
    private Long id;

    /** Null while a draft: a reference is given at sending, so that no number is spent on a discarded draft. */
    @Column(name = "reference", length = 20, unique = true)
    private String reference;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "requesting_country", nullable = false, length = 2, updatable = false)
    private String requestingCountry;

    @Column(name = "requested_country", nullable = false, length = 2, updatable = false)
    private String requestedCountry;

    @Column(name = "author", nullable = false, length = 64, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, length = 30)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private Priority priority;

    @Column(name = "legal_basis", nullable = false, length = BASIS_MAX)
    private String legalBasis;

    @Column(name = "purpose", nullable = false, length = PURPOSE_MAX)
    private String purpose;

    @Embedded
    private CaseExtract extract;

    /** The legal basis for sharing the victim's data without their consent (a treaty, say); null when consent is relied on. */
    @Column(name = "sharing_basis", length = BASIS_MAX)
    private String sharingBasis;

    @Column(name = "sharing_basis_by", length = 64)
    private String sharingBasisBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status = RequestStatus.DRAFT;

    @Column(name = "sent_by", length = 64)
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "acknowledge_by")
    private Instant acknowledgeBy;

    @Column(name = "answer_by")
    private Instant answerBy;

    /** The answer time of this type and priority, kept to set the answer-by again at a follow-up. */
    @Column(name = "answer_within_minutes")
    private Long answerWithinMinutes;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    /** The first acknowledgement (a follow-up does not move it): what the timing figures count. */
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    /** The first answer (a follow-up's answer does not move it): what the timing figures count. */
    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "follow_ups", nullable = false)
    private int followUps;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    /** When it was closed, refused or withdrawn. */
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = REASON_MAX)
    private String endReason;

    /** The requested country's own case about this request; never shown to the requesting country. */
    @Column(name = "linked_case_id")
    private Long linkedCaseId;

    @Column(name = "acknowledgement_escalated_at")
    private Instant acknowledgementEscalatedAt;

    @Column(name = "answer_escalated_at")
    private Instant answerEscalatedAt;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected CooperationRequest() {
    }

    /**
     * A draft request about case {@code c} (of the requesting country) to {@code requested}, a
     * participating country other than the case's. The extract is taken now for the sender to check,
     * and again when the request is sent. {@code sharingBasis} is optional.
     */
    public CooperationRequest(CaseFile c, Victim victim, Country requested, String author, RequestType type, Priority priority,
            String legalBasis, String purpose, ExtractChoice choice, String sharingBasis, LocalDate today) {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(requested != null, "requestedCountry", "error.cooperation.requestedCountry3");
        errors.check(requested == null || requested.isParticipating(), "requestedCountry",
                "error.cooperation.requestedCountry4");
        errors.check(requested == null || !requested.getCode().equals(c.getCountryCode()), "requestedCountry",
                "error.cooperation.requestedCountry5");
        errors.check(type != null, "type", "error.cooperation.type");
        errors.check(priority != null, "priority", "error.cooperation.priority");
        String basis = Text.requiredMultiLine(legalBasis, BASIS_MAX, "legalBasis", "error.label.legalBasis", errors);
        String why = Text.requiredMultiLine(purpose, PURPOSE_MAX, "purpose", "error.label.purpose", errors);
        String sharing = Text.multiLine(sharingBasis, BASIS_MAX, "sharingBasis", "error.label.sharingBasis",
                errors);
        errors.throwIfAny();
        this.caseId = c.getId();
        this.requestingCountry = c.getCountryCode().value();
        this.requestedCountry = requested.getCode().value();
        this.author = author;
        this.type = type;
        this.priority = priority;
        this.legalBasis = basis;
        this.purpose = why;
        this.sharingBasis = sharing;
        this.sharingBasisBy = sharing == null ? null : author;
        this.extract = CaseExtract.take(c, victim, choice, today);
    }

    /**
     * Whether the extract may go to the requested country on {@code today}: it carries no victim data,
     * or the victim consented to cross-border sharing covering that country, or a legal basis for
     * sharing without consent is recorded.
     */
    public boolean sharingAllowed(Victim victim, LocalDate today) {
        if (!extract.carriesVictimData() || sharingBasis != null) {
            return true;
        }
        return victim != null && Objects.equals(victim.getId(), extract.getVictimId())
                && consentCovers(victim, requestedCountry, today);
    }

    /** Whether {@code victim}'s consent to cross-border sharing covers {@code country} on {@code today}. */
    public static boolean consentCovers(Victim victim, String country, LocalDate today) {
        return victim.hasConsent(ConsentPurpose.CROSS_BORDER_SHARING, null, country, today);
    }

    /**
     * Sends the draft under {@code reference}: refused when the extract carries the victim's data
     * without consent or a legal basis. The extract is taken from the case as it is now and frozen;
     * the deadlines count from {@code at}.
     */
    public void send(RequestReference reference, CaseFile c, Victim victim, String by, Instant at, LocalDate today,
            ResponseTimes times) {
        if (!Objects.equals(c.getId(), caseId)) {
            throw new IllegalArgumentException("not the request's case");
        }
        checkSendable(victim, today);
        if (!reference.country().value().equals(requestingCountry)) {
            throw new IllegalArgumentException("a reference of another country: " + reference);
        }
        this.extract = CaseExtract.take(c, victim, extract.choice(), today);
        this.reference = reference.value();
        this.status = RequestStatus.SENT;
        this.sentBy = by;
        this.sentAt = at;
        this.acknowledgeBy = at.plus(times.acknowledgeWithin());
        this.answerBy = at.plus(times.answerWithin());
        this.answerWithinMinutes = times.answerWithin().toMinutes();
    }

    /**
     * Refuses, as {@link #send} would, a request that cannot be sent now: not a draft, or victim data
     * without consent or a legal basis. Lets the caller check before it takes a reference.
     */
    public void checkSendable(Victim victim, LocalDate today) {
        move(RequestStatus.SENT);
        if (!sharingAllowed(victim, today)) {
            throw new DomainException("error.cooperation.noConsent", requestedCountry);
        }
    }

    /** Records (or replaces, on a draft) the legal basis for sharing the victim's data without consent. */
    public void recordSharingBasis(String basis, String by) {
        if (status != RequestStatus.DRAFT) {
            throw new DomainException("error.cooperation.basisBeforeSending", status);
        }
        String text = Text.multiLine(basis, BASIS_MAX, "sharingBasis", "error.label.sharingBasis");
        if (text == null) {
            throw ValidationException.of("sharingBasis", "error.cooperation.sharingBasis");
        }
        this.sharingBasis = text;
        this.sharingBasisBy = by;
    }

    /** The requested country confirms it received the request and is working on it. */
    public void acknowledge(String by, Instant at) {
        move(RequestStatus.ACKNOWLEDGED);
        this.status = RequestStatus.ACKNOWLEDGED;
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    /** The requested country answers (the answer itself is a message of the thread). */
    public void answer(String by, Instant at) {
        move(RequestStatus.ANSWERED);
        this.status = RequestStatus.ANSWERED;
        this.answeredBy = by;
        this.answeredAt = at;
        if (firstAnsweredAt == null) {
            this.firstAnsweredAt = at;
        }
    }

    /** The requester asks more after an answer: back to ACKNOWLEDGED, with a new answer-by and a new escalation. */
    public void followUp(Instant at) {
        move(RequestStatus.ACKNOWLEDGED);
        this.status = RequestStatus.ACKNOWLEDGED;
        this.followUps++;
        this.answerBy = at.plus(Duration.ofMinutes(answerWithinMinutes));
        this.answerEscalatedAt = null;
    }

    /** The requester is satisfied with the answer. */
    public void close(String by, Instant at) {
        move(RequestStatus.CLOSED);
        end(RequestStatus.CLOSED, null, by, at);
    }

    /** The requested country declines to help, with a reason. */
    public void refuse(String why, String by, Instant at) {
        move(RequestStatus.REFUSED);
        end(RequestStatus.REFUSED, required(why, "error.cooperation.refuseReason"), by, at);
    }

    /** The requester takes the request back, with a reason. */
    public void withdraw(String why, String by, Instant at) {
        move(RequestStatus.WITHDRAWN);
        end(RequestStatus.WITHDRAWN, required(why, "error.cooperation.withdrawReason"), by, at);
    }

    /**
     * The requested country links the request to a case of its own (the victim's case opened on
     * return, say). The requesting country never sees the link. {@code ownCase} must be a case of the
     * requested country.
     */
    public void linkCase(CaseFile ownCase) {
        if (status == RequestStatus.DRAFT) {
            throw new DomainException("error.cooperation.aDraftHasNot");
        }
        if (voided) {
            throw new DomainException("error.cooperation.thisRequestWasVoided");
        }
        if (!ownCase.getCountryCode().value().equals(requestedCountry)) {
            throw ValidationException.of("caseId", "error.cooperation.linkCountry", requestedCountry);
        }
        this.linkedCaseId = ownCase.getId();
    }

    /** The deadlines passed at {@code now}: acknowledgement while SENT, answer while SENT or ACKNOWLEDGED. */
    public Set<Deadline> overdueAt(Instant now) {
        Set<Deadline> late = EnumSet.noneOf(Deadline.class);
        if (voided) {
            return late;
        }
        if (status == RequestStatus.SENT && now.isAfter(acknowledgeBy)) {
            late.add(Deadline.ACKNOWLEDGEMENT);
        }
        if ((status == RequestStatus.SENT || status == RequestStatus.ACKNOWLEDGED) && now.isAfter(answerBy)) {
            late.add(Deadline.ANSWER);
        }
        return late;
    }

    public boolean isOverdueAt(Instant now) {
        return !overdueAt(now).isEmpty();
    }

    /** The passed deadlines not yet escalated to the requested country's supervisors. */
    public Set<Deadline> escalationDueAt(Instant now) {
        Set<Deadline> due = overdueAt(now);
        if (acknowledgementEscalatedAt != null) {
            due.remove(Deadline.ACKNOWLEDGEMENT);
        }
        if (answerEscalatedAt != null) {
            due.remove(Deadline.ANSWER);
        }
        return due;
    }

    /** Records that a passed deadline was escalated; false when it already was (escalation happens once per deadline). */
    public boolean markEscalated(Deadline deadline, Instant at) {
        if (deadline == Deadline.ACKNOWLEDGEMENT) {
            if (acknowledgementEscalatedAt != null) {
                return false;
            }
            acknowledgementEscalatedAt = at;
            return true;
        }
        if (answerEscalatedAt != null) {
            return false;
        }
        answerEscalatedAt = at;
        return true;
    }

    /** Voids a draft that will not be sent (a sent request is withdrawn instead). */
    public void voidDraft(String why, String by, Instant at) {
        if (status != RequestStatus.DRAFT) {
            throw new DomainException("error.cooperation.onlyADraftIs");
        }
        this.voidReason = Text.multiLine(why, 500, "reason", "error.label.reason");
        if (voidReason == null) {
            throw ValidationException.of("reason", "error.cooperation.reason");
        }
        this.voided = true;
        this.voidedBy = by;
        this.voidedAt = at;
    }

    /** Whether {@code country} is one of the request's two sides. */
    public boolean involves(String country) {
        return requestingCountry.equals(country) || requestedCountry.equals(country);
    }

    private void end(RequestStatus target, String reason, String by, Instant at) {
        this.status = target;
        this.endReason = reason;
        this.endedBy = by;
        this.endedAt = at;
    }

    private void move(RequestStatus target) {
        if (voided) {
            throw new DomainException("error.cooperation.thisRequestWasVoided");
        }
        if (!status.canMoveTo(target)) {
            throw status.isFinal() ? new DomainException("error.cooperation.transitionFinal", status, target)
                    : new DomainException("error.cooperation.transition", status, target, Message.listOf(status.next()));
        }
    }

    private static String required(String value, String key) {
        String text = Text.multiLine(value, REASON_MAX, "reason", "error.label.reason");
        if (text == null) {
            throw ValidationException.of("reason", key);
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getRequestingCountry() {
        return requestingCountry;
    }

    public String getRequestedCountry() {
        return requestedCountry;
    }

    public String getAuthor() {
        return author;
    }

    public RequestType getType() {
        return type;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getPurpose() {
        return purpose;
    }

    public CaseExtract getExtract() {
        return extract;
    }

    public String getSharingBasis() {
        return sharingBasis;
    }

    public String getSharingBasisBy() {
        return sharingBasisBy;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAcknowledgeBy() {
        return acknowledgeBy;
    }

    public Instant getAnswerBy() {
        return answerBy;
    }

    /** The answer-by time set at sending (a follow-up moves {@link #getAnswerBy()}, not this): what "answered on time" counts. */
    public Instant getFirstAnswerBy() {
        return sentAt == null ? null : sentAt.plus(Duration.ofMinutes(answerWithinMinutes));
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public int getFollowUps() {
        return followUps;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public Long getLinkedCaseId() {
        return linkedCaseId;
    }

    public Instant getAcknowledgementEscalatedAt() {
        return acknowledgementEscalatedAt;
    }

    public Instant getAnswerEscalatedAt() {
        return answerEscalatedAt;
    }

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
