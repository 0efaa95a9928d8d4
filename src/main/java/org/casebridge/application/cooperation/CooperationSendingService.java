package org.casebridge.application.cooperation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.casefile.CaseAccess;
import org.casebridge.application.casefile.CaseAction;
import org.casebridge.application.casefile.CaseGrant;
import org.casebridge.application.cooperation.view.ExtractPreview;
import org.casebridge.application.cooperation.view.ExtractView;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.cooperation.CaseExtract;
import org.casebridge.domain.model.cooperation.CooperationMessage;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.ExtractChoice;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.notification.NotificationKind;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.Victim;

/**
 * The requesting side of a cooperation request: a focal point who may read a case opens a request
 * about it to another participating country (as a draft, or sent at once), sends a draft, records a
 * legal basis for sharing without consent, discards a draft, withdraws, closes, or follows up after an
 * answer. Sending victim data without consent or a legal basis is refused and nothing is saved.
 */
@Stateless
@AuditedService
public class CooperationSendingService {

    private static final String REQUEST = CooperationAccess.REQUEST;

    /** A new request as the focal point asks for it. */
    public record NewRequest(long caseId, String requestedCountry, RequestType type, Priority priority, String legalBasis,
            String purpose, ExtractChoice extract, String sharingBasis, boolean draft) {
    }

    @Inject
    CooperationAccess access;

    @Inject
    CaseAccess caseAccess;

    @Inject
    CooperationChanges changes;

    @Inject
    CooperationRepository requests;

    @Inject
    CaseRepository cases;

    @Inject
    AgencyRepository agencies;

    @Inject
    CooperationDeadlines deadlines;

    @Inject
    CooperationNotices notices;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public RequestSheet create(NewRequest in) {
        UserAccount user = access.requester();
        CaseFile c = ownCase(user, in.caseId()).caseFile();
        // None chosen: the request's own checks say so, together with whatever else is missing.
        Country requested = in.requestedCountry() == null ? null : agencies.countryByCode(CountryCode.of(in.requestedCountry()))
                .orElseThrow(() -> ValidationException.of("requestedCountry", "error.cooperation.requestedCountry2"));
        Victim victim = victimOf(c, in.extract());
        String by = user.getUsername().value();
        CooperationRequest r = requests.add(new CooperationRequest(c, victim, requested, by, in.type(), in.priority(),
                in.legalBasis(), in.purpose(), in.extract(), in.sharingBasis(), changes.today()));
        if (!in.draft()) {
            send(r, c, victim, by, clock.instant());
            notices.sent(r, user);
        }
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, REQUEST, r.getId(), r.getRequestingCountry())
                .detail("case=" + c.getId() + " requested=" + r.getRequestedCountry() + " type=" + r.getType()
                        + " status=" + r.getStatus() + " shared=" + r.getExtract().getFields()
                        + (r.getSharingBasis() == null ? "" : " sharing-basis")));
        return changes.sheet(user, r);
    }

    /**
     * What the requested country would see if a request about the case with {@code choice} were sent
     * now to {@code requestedCountry} (may be null while none is chosen): the extract taken by the same
     * {@link CaseExtract#take} that freezes it at sending, and the consent check sending applies.
     * Saves nothing; audited as a view of the victim (or of the case when no victim field is chosen).
     */
    public ExtractPreview preview(long caseId, String requestedCountry, ExtractChoice choice) {
        CaseGrant g = ownCase(access.requester(), caseId);
        CaseFile c = g.caseFile();
        Victim victim = victimOf(c, choice);
        LocalDate today = changes.today();
        ExtractView extract = ExtractView.of(CaseExtract.take(c, victim, choice, today));
        boolean covered = victim == null
                || requestedCountry != null && CooperationRequest.consentCovers(victim, requestedCountry, today);
        audit.record((victim == null ? AuditEvent.view(CaseAccess.CASE, c.getId(), g.country())
                : AuditEvent.view(CaseAccess.VICTIM, victim.getId(), g.country()))
                .detail("cooperation preview case=" + c.getId() + " fields=" + choice.fields()));
        return new ExtractPreview(extract, victim != null, covered);
    }

    /** Sends a draft: the extract is taken from the case now and frozen. */
    public RequestSheet send(long id, long expectedVersion) {
        return changes.apply(id, CooperationAction.REQUEST, expectedVersion, g -> {
            CooperationRequest r = g.request();
            CaseFile c = cases.find(r.getCaseId()).orElseThrow();
            send(r, c, victimOf(c, r.getExtract().choice()), g.username(), clock.instant());
            notices.sent(r, g.user());
        }, g -> AuditEvent.of(AuditAction.STATE_CHANGE, REQUEST, g.id(), g.country())
                .detail("status=SENT shared=" + g.request().getExtract().getFields()));
    }

    public RequestSheet recordSharingBasis(long id, long expectedVersion, String basis) {
        return changes.apply(id, CooperationAction.REQUEST, expectedVersion,
                g -> g.request().recordSharingBasis(basis, g.username()),
                g -> AuditEvent.of(AuditAction.UPDATE, REQUEST, g.id(), g.country()).detail("sharing-basis"));
    }

    public RequestSheet discard(long id, long expectedVersion, String reason) {
        return changes.apply(id, CooperationAction.REQUEST, expectedVersion,
                g -> g.request().voidDraft(reason, g.username(), clock.instant()),
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REQUEST, g.id(), g.country()).detail("voided"));
    }

    public RequestSheet withdraw(long id, long expectedVersion, String reason) {
        return changes.apply(id, CooperationAction.REQUEST, expectedVersion, g -> {
            g.request().withdraw(reason, g.username(), clock.instant());
            notices.toRequested(g.request(), NotificationKind.COOPERATION_WITHDRAWN, g.user());
        },
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REQUEST, g.id(), g.country()).detail("status=WITHDRAWN"));
    }

    public RequestSheet close(long id, long expectedVersion) {
        return changes.apply(id, CooperationAction.REQUEST, expectedVersion,
                g -> g.request().close(g.username(), clock.instant()),
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REQUEST, g.id(), g.country()).detail("status=CLOSED"));
    }

    /** After an answer, the requester asks more: the question is a message, and the request is back to ACKNOWLEDGED. */
    public RequestSheet followUp(long id, long expectedVersion, String question) {
        return changes.apply(id, CooperationAction.REQUEST, expectedVersion, g -> {
            Instant now = clock.instant();
            g.request().followUp(now);
            requests.add(new CooperationMessage(g.request(), g.username(), g.userCountry(), question, now));
            notices.toRequested(g.request(), NotificationKind.COOPERATION_FOLLOW_UP, g.user());
        }, g -> AuditEvent.of(AuditAction.STATE_CHANGE, REQUEST, g.id(), g.country()).detail("status=ACKNOWLEDGED follow-up"));
    }

    private void send(CooperationRequest r, CaseFile c, Victim victim, String by, Instant at) {
        // Checked before a reference is taken, so that no number is spent on a refused sending.
        r.checkSendable(victim, changes.today());
        r.send(requests.nextReference(c.getCountryCode(), changes.today().getYear()), c, victim, by, at, changes.today(),
                deadlines.times(r.getType(), r.getPriority()));
    }

    /** The case, if the caller may read it and it is of their own country (a request is sent by the case's country). */
    private CaseGrant ownCase(UserAccount user, long caseId) {
        CaseGrant g = caseAccess.caseFor(caseId, CaseAction.READ);
        if (!g.caseFile().getCountryCode().value().equals(user.countryCode())) {
            throw new DomainException("error.cooperation.aRequestIsSent");
        }
        return g;
    }

    private static Victim victimOf(CaseFile c, ExtractChoice choice) {
        if (choice == null || choice.victimId() == null) {
            return null;
        }
        return c.getVictims().stream().filter(v -> v.getId().equals(choice.victimId()) && !v.isVoided()).findFirst()
                .orElseThrow(() -> ValidationException.of("extract.victimId", "error.cooperation.extract_victimId"));
    }
}
