package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.casefile.CaseIntakeService.ConsentInput;
import org.casebridge.application.casefile.view.ConsentView;
import org.casebridge.application.casefile.view.VictimSheet;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.victim.Consent;
import org.casebridge.domain.model.victim.ConsentWithdrawn;
import org.casebridge.domain.model.victim.VictimDetails;

/**
 * Victims and their consent records. A victim is read by whoever may read one of the cases the
 * victim is in, and changed by whoever works on one of them while it is open ({@link CaseAccess#victimFor}).
 */
@Stateless
@AuditedService
public class VictimService {

    private static final String VICTIM = CaseAccess.VICTIM;

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    UnitOfWork work;

    /** Tells what relied on a consent (open referrals) that it was withdrawn, in this transaction. */
    @Inject
    Event<ConsentWithdrawn> consentWithdrawn;

    public VictimSheet get(long id) {
        VictimGrant g = access.victimFor(id, CaseAction.READ);
        audit.record(AuditEvent.view(VICTIM, id, g.country()));
        return VictimSheet.of(g.victim(), identifiedOn(g), LocalDate.now());
    }

    public VictimSheet update(long id, long expectedVersion, VictimDetails details) {
        VictimGrant g = changeable(id);
        ConcurrentChangeException.check(g.victim().getVersion(), expectedVersion);
        g.victim().describe(details, LocalDate.now());
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, VICTIM, id, g.country()));
        return VictimSheet.of(g.victim(), identifiedOn(g), LocalDate.now());
    }

    public ConsentView recordConsent(long id, ConsentInput input) {
        VictimGrant g = changeable(id);
        Consent c = g.victim().recordConsent(input.purpose(), input.scope(), input.scopeValue(), input.givenOn(),
                input.expiresOn(), g.user().getUsername().value(), LocalDate.now());
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, CaseAccess.CONSENT, c.getId(), g.country())
                .detail("victim=" + id + " purpose=" + input.purpose()));
        return ConsentView.of(c, LocalDate.now());
    }

    public ConsentView withdrawConsent(long id, long consentId, LocalDate on) {
        VictimGrant g = changeable(id);
        Consent c = access.consentOf(g, consentId);
        LocalDate today = LocalDate.now();
        c.withdraw(on == null ? today : on, today);
        consentWithdrawn.fire(new ConsentWithdrawn(id, consentId, c.getPurpose(), c.getWithdrawnOn()));
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, CaseAccess.CONSENT, consentId, g.country())
                .detail("withdrawn victim=" + id));
        return ConsentView.of(c, LocalDate.now());
    }

    private VictimGrant changeable(long id) {
        VictimGrant g = access.victimFor(id, CaseAction.WORK);
        g.requireOpenCase();
        return g;
    }

    /** The earliest identification date of the victim's cases the caller may read. */
    private static LocalDate identifiedOn(VictimGrant g) {
        return g.readable().stream().map(c -> c.getIdentificationDate()).filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
    }
}
