package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, Object> before = described(VictimSheet.of(g.victim(), identifiedOn(g), LocalDate.now()));
        g.victim().describe(details, LocalDate.now());
        List<String> changed = CaseWorkflowService.changed(before,
                described(VictimSheet.of(g.victim(), identifiedOn(g), LocalDate.now())));
        work.flush();
        audit.record(changed.isEmpty() ? AuditEvent.view(VICTIM, id, g.country()).detail(CaseWorkflowService.UNCHANGED)
                : AuditEvent.of(AuditAction.UPDATE, VICTIM, id, g.country()).detail("fields=" + String.join(",", changed)));
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

    /** The victim's describable fields as a sheet shows them (names only ever leave this method). */
    private static Map<String, Object> described(VictimSheet v) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("givenName", v.givenName());
        d.put("familyName", v.familyName());
        d.put("alias", v.alias());
        d.put("gender", v.gender());
        d.put("birthDate", v.birthDate());
        d.put("estimatedAge", v.estimatedAge());
        d.put("citizenships", v.citizenships() == null ? null : Set.copyOf(v.citizenships()));
        d.put("languages", v.languages() == null ? null : Set.copyOf(v.languages()));
        d.put("traffickingStatus", v.traffickingStatus());
        d.put("statusDecidedBy", v.statusDecidedBy());
        d.put("ageWhenTrafficked", v.ageWhenTrafficked());
        d.put("relationshipToTrafficker", v.relationshipToTrafficker());
        d.put("migrationStatus", v.migrationStatus());
        d.put("contactPhone", v.contactPhone());
        d.put("contactEmail", v.contactEmail());
        d.put("contactAddress", v.contactAddress());
        return d;
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
