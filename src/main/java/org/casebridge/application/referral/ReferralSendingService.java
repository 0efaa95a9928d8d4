package org.casebridge.application.referral;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.casefile.CaseAccess;
import org.casebridge.application.casefile.CaseAction;
import org.casebridge.application.casefile.CaseGrant;
import org.casebridge.application.referral.view.ConsentCheck;
import org.casebridge.application.referral.view.ReferralPreview;
import org.casebridge.application.referral.view.ReferralView;
import org.casebridge.application.referral.view.SummaryView;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralRepository;
import org.casebridge.domain.model.referral.SummaryChoice;
import org.casebridge.domain.model.referral.Urgency;
import org.casebridge.domain.model.referral.VictimSummary;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimRepository;

/**
 * The sending side of a referral: a caseworker who works on a case refers one of its victims to a
 * partner (as a draft, or sent at once), sends a draft, or revokes it; a supervisor of the sending
 * country records a consent override. Sending without consent covering the partner is refused and
 * nothing is saved.
 */
@Stateless
@AuditedService
public class ReferralSendingService {

    private static final String REFERRAL = ReferralAccess.REFERRAL;

    /** A new referral as the sender asks for it. */
    public record NewReferral(long caseId, long victimId, long recipientAgencyId, Set<ServiceType> services, Urgency urgency,
            String reason, SummaryChoice summary, boolean draft) {
    }

    @Inject
    CaseAccess caseAccess;

    @Inject
    ReferralChanges changes;

    @Inject
    ReferralRepository referrals;

    @Inject
    AgencyRepository agencies;

    @Inject
    VictimRepository victims;

    @Inject
    ReferralDeadlines deadlines;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ReferralNotices notices;

    public ReferralView create(NewReferral in) {
        CaseGrant g = caseAccess.caseFor(in.caseId(), CaseAction.WORK);
        if (g.caseFile().getStatus().isClosed()) {
            throw new DomainException("error.referral.theCaseIsClosed");
        }
        Victim victim = g.caseFile().getVictims().stream().filter(v -> v.getId() == in.victimId() && !v.isVoided())
                .findFirst().orElseThrow(() -> ValidationException.of("victimId", "error.referral.victimId2"));
        Agency recipient = agencies.agency(in.recipientAgencyId())
                .orElseThrow(() -> ValidationException.of("recipientAgencyId", "error.referral.recipientAgencyId2"));
        String by = g.user().getUsername().value();
        Referral r = referrals.add(new Referral(g.id(), victim, g.user().getAgency(), by, recipient, in.services(),
                in.urgency(), in.reason(), in.summary(), changes.today()));
        if (!in.draft()) {
            r.send(victim, by, clock.instant(), changes.today(), deadlines.responseTime(in.urgency()));
        }
        work.flush();
        if (!in.draft()) {
            notices.sent(r, g.user());
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, REFERRAL, r.getId(), r.getSendingCountry())
                .detail("case=" + g.id() + " victim=" + victim.getId() + " recipient=" + r.getRecipientAgencyCode()
                        + " status=" + r.getStatus() + " shared=" + r.getSummary().getFields()));
        return changes.view(g.user(), r);
    }

    /**
     * What the referral being written would send: the summary the partner would see (taken from the
     * victim by {@link VictimSummary#take}, as sending does, and shown as the partner's {@link SummaryView})
     * and the consent check for the chosen partner, if any. For whoever may refer from the case; audited
     * as a view of the victim, with the fields previewed.
     */
    public ReferralPreview preview(long caseId, long victimId, Long recipientAgencyId, SummaryChoice choice) {
        CaseGrant g = caseAccess.caseFor(caseId, CaseAction.WORK);
        Victim victim = g.caseFile().getVictims().stream().filter(v -> v.getId() == victimId && !v.isVoided())
                .findFirst().orElseThrow(() -> ValidationException.of("victimId", "error.referral.victimId2"));
        Agency recipient = recipientAgencyId == null ? null : agencies.agency(recipientAgencyId)
                .orElseThrow(() -> ValidationException.of("recipientAgencyId", "error.referral.recipientAgencyId2"));
        LocalDate today = changes.today();
        SummaryView summary = SummaryView.of(VictimSummary.take(victim, choice, today));
        ConsentCheck consent = recipient == null ? ConsentCheck.of(victim, null, null, today)
                : ConsentCheck.of(victim, recipient.getCode().value(),
                        recipient.getCountry() == null ? null : recipient.getCountry().getCode().value(), today);
        audit.record(AuditEvent.view(CaseAccess.VICTIM, victim.getId(), g.country())
                .detail("referral preview case=" + g.id() + " fields=" + choice.fields()));
        return new ReferralPreview(summary, consent);
    }

    /** Sends a draft: the summary is taken from the victim now and frozen. */
    public ReferralView send(long id, long expectedVersion) {
        return changes.apply(id, ReferralAction.SEND, expectedVersion, g -> {
            Referral r = g.referral();
            Victim victim = victims.find(r.getVictimId()).orElseThrow();
            r.send(victim, g.username(), clock.instant(), changes.today(), deadlines.responseTime(r.getUrgency()));
            notices.sent(r, g.user());
        }, g -> AuditEvent.of(AuditAction.STATE_CHANGE, REFERRAL, g.id(), g.country())
                .detail("status=SENT shared=" + g.referral().getSummary().getFields()));
    }

    /**
     * Corrects the summary the partner sees (whoever works on the case): taken again from the victim
     * now with {@code choice}, frozen as a new version, and the partner agency is told.
     */
    public ReferralView correctSummary(long id, long expectedVersion, SummaryChoice choice) {
        return changes.apply(id, ReferralAction.SEND, expectedVersion, g -> {
            Referral r = g.referral();
            Victim victim = victims.find(r.getVictimId()).orElseThrow();
            r.correctSummary(victim, choice, g.username(), clock.instant(), changes.today());
            notices.summaryCorrected(r, g.user());
        }, g -> AuditEvent.of(AuditAction.UPDATE, REFERRAL, g.id(), g.country())
                .detail("summary version=" + g.referral().getSummaryVersion() + " shared=" + g.referral().getSummary().getFields()));
    }

    public ReferralView revoke(long id, long expectedVersion, String reason) {
        return changes.apply(id, ReferralAction.REVOKE, expectedVersion,
                g -> {
                    g.referral().revoke(reason, g.username(), clock.instant());
                    notices.revoked(g.referral(), g.user());
                },
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REFERRAL, g.id(), g.country()).detail("status=REVOKED"));
    }

    /** A supervisor of the sending country allows sending a draft without consent, on a legal basis. */
    public ReferralView overrideConsent(long id, long expectedVersion, String legalBasis) {
        return changes.apply(id, ReferralAction.OVERRIDE_CONSENT, expectedVersion,
                g -> g.referral().overrideConsent(legalBasis, g.username(), clock.instant()),
                g -> AuditEvent.of(AuditAction.UPDATE, REFERRAL, g.id(), g.country()).detail("consent override"));
    }
}
