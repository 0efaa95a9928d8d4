package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.casefile.view.Added;
import org.casebridge.application.casefile.view.CaseEntries.EventView;
import org.casebridge.application.casefile.view.CaseEntries.NoteView;
import org.casebridge.application.casefile.view.CaseEntries.PerpetratorView;
import org.casebridge.application.casefile.view.CaseEntries.SupportPlanView;
import org.casebridge.application.casefile.view.VictimRow;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.Perpetrator;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;
import org.casebridge.domain.model.victim.VictimRepository;

/**
 * What is added to a case by those who work on it: notes, trafficking events, support plans,
 * perpetrators, and victims (new, or already recorded in another case). Each through
 * {@link CaseChanges}: audited as the new record's CREATE (or the case's UPDATE for a link).
 */
@Stateless
@AuditedService
public class CaseEntryService {

    @Inject
    CaseChanges changes;

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    VictimRepository victims;

    public Added<NoteView> addNote(long id, String text) {
        return changes.add(id, g -> g.caseFile().addNote(text, g.user().getUsername().value(), Instant.now()), NoteView::of,
                (g, n) -> created("case_note", n.getId(), g));
    }

    public Added<EventView> addEvent(long id, EventType type, String countryCode, String place, LocalDate date) {
        CountryCode country = countryCode == null || countryCode.isBlank() ? null : country(countryCode);
        return changes.add(id, g -> g.caseFile().addEvent(type, country, place, date, LocalDate.now()), EventView::of,
                (g, e) -> created("case_event", e.getId(), g));
    }

    public Added<SupportPlanView> addSupportPlan(long id, SupportPlanType type, String objectives, LocalDate plannedEnd) {
        return changes.add(id, g -> g.caseFile().addSupportPlan(type, objectives, plannedEnd), SupportPlanView::of,
                (g, p) -> created("support_plan", p.getId(), g));
    }

    public Added<PerpetratorView> addPerpetrator(long id, String name, Set<PerpetratorRole> roles,
            RelationshipToTrafficker relationship, String organisation) {
        return changes.add(id, g -> {
            Perpetrator p = new Perpetrator(name, roles, relationship, organisation);
            g.caseFile().linkPerpetrator(p);
            return cases.add(p);
        }, PerpetratorView::of, (g, p) -> created("perpetrator", p.getId(), g));
    }

    public Added<VictimRow> addVictim(long id, VictimDetails details) {
        LocalDate[] identified = new LocalDate[1]; // the case's, for "minor when identified" in the row
        return changes.add(id, g -> {
            identified[0] = g.caseFile().getIdentificationDate();
            Victim v = new Victim(details, LocalDate.now());
            g.caseFile().linkVictim(v);
            return victims.add(v);
        }, v -> VictimRow.of(v, identified[0], LocalDate.now()), (g, v) -> created(CaseAccess.VICTIM, v.getId(), g));
    }

    /**
     * Links a victim already recorded in another case (the same person in this case too). The caller
     * must work on this case and be able to read the victim through one of its cases.
     */
    public Added<VictimRow> linkVictim(long id, long victimId) {
        LocalDate[] identified = new LocalDate[1]; // the case's, for "minor when identified" in the row
        return changes.add(id, g -> {
            identified[0] = g.caseFile().getIdentificationDate();
            Victim v = access.victimFor(victimId, CaseAction.READ).victim();
            g.caseFile().linkVictim(v);
            return v;
        }, v -> VictimRow.of(v, identified[0], LocalDate.now()), (g, v) -> AuditEvent.of(AuditAction.UPDATE, CaseAccess.CASE, g.id(),
                g.country()).detail("fields=victims linked=" + v.getId()));
    }

    private static AuditEvent created(String type, long newId, CaseGrant g) {
        return AuditEvent.of(AuditAction.CREATE, type, newId, g.country()).detail("case=" + g.id());
    }

    private static CountryCode country(String code) {
        try {
            return new CountryCode(code);
        } catch (ValidationException e) {
            throw ValidationException.of("country", "A country is its two-letter ISO code.");
        }
    }
}
