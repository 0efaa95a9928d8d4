package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.SupportPlan;
import org.casebridge.domain.model.casefile.TraffickingEvent;
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
 * perpetrators, and victims (new, or already recorded in another case); and the changes to events,
 * plans and perpetrators: edited against their own version, voided with a reason (never deleted).
 * Each through {@link CaseChanges}: audited as the new record's CREATE (or the case's UPDATE for a
 * link), an entry's UPDATE with the names of the fields changed, or its STATE_CHANGE "voided".
 */
@Stateless
@AuditedService
public class CaseEntryService {

    static final String EVENT = "case_event";
    static final String PLAN = "support_plan";
    static final String PERPETRATOR = "perpetrator";

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
                (g, e) -> created(EVENT, e.getId(), g));
    }

    public Added<SupportPlanView> addSupportPlan(long id, SupportPlanType type, String objectives, LocalDate plannedEnd) {
        return changes.add(id, g -> g.caseFile().addSupportPlan(type, objectives, plannedEnd, LocalDate.now()), SupportPlanView::of,
                (g, p) -> created(PLAN, p.getId(), g));
    }

    public Added<PerpetratorView> addPerpetrator(long id, String name, Set<PerpetratorRole> roles,
            RelationshipToTrafficker relationship, String organisation) {
        return changes.add(id, g -> {
            Perpetrator p = new Perpetrator(name, roles, relationship, organisation);
            g.caseFile().linkPerpetrator(p);
            return cases.add(p);
        }, PerpetratorView::of, (g, p) -> created(PERPETRATOR, p.getId(), g));
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

    /** Changes what an event says; against the event's version (its {@code version}, or the ETag over REST). */
    public Added<EventView> reviseEvent(long id, long eventId, long expectedVersion, EventType type, String countryCode,
            String place, LocalDate date) {
        CountryCode country = countryCode == null || countryCode.isBlank() ? null : country(countryCode);
        return changes.entry(id, EVENT, eventId, expectedVersion, CaseFile::event, (g, e) -> {
            Map<String, Object> before = fields(e);
            g.caseFile().reviseEvent(e, type, country, place, date, LocalDate.now());
            return revised(EVENT, e.getId(), g, CaseWorkflowService.changed(before, fields(e)));
        }, EventView::of);
    }

    /** Changes a support plan, its actual end included (not before the plan started, not in the future). */
    public Added<SupportPlanView> reviseSupportPlan(long id, long planId, long expectedVersion, SupportPlanType type,
            String objectives, LocalDate plannedEnd, LocalDate actualEnd) {
        return changes.entry(id, PLAN, planId, expectedVersion, CaseFile::supportPlan, (g, p) -> {
            Map<String, Object> before = fields(p);
            g.caseFile().reviseSupportPlan(p, type, objectives, plannedEnd, actualEnd, LocalDate.now());
            return revised(PLAN, p.getId(), g, CaseWorkflowService.changed(before, fields(p)));
        }, SupportPlanView::of);
    }

    public Added<PerpetratorView> revisePerpetrator(long id, long perpetratorId, long expectedVersion, String name,
            Set<PerpetratorRole> roles, RelationshipToTrafficker relationship, String organisation) {
        return changes.entry(id, PERPETRATOR, perpetratorId, expectedVersion, CaseFile::perpetrator, (g, p) -> {
            Map<String, Object> before = fields(p);
            g.caseFile().revisePerpetrator(p, name, roles, relationship, organisation);
            return revised(PERPETRATOR, p.getId(), g, CaseWorkflowService.changed(before, fields(p)));
        }, PerpetratorView::of);
    }

    /** Voids an event with a reason: those who work on the case no longer see it; supervisors see it marked voided. */
    public Added<EventView> voidEvent(long id, long eventId, long expectedVersion, String reason) {
        return changes.entry(id, EVENT, eventId, expectedVersion, CaseFile::event, (g, e) -> {
            g.caseFile().voidEvent(e, reason, g.user().getUsername().value(), Instant.now());
            return voided(EVENT, e.getId(), g);
        }, EventView::of);
    }

    public Added<SupportPlanView> voidSupportPlan(long id, long planId, long expectedVersion, String reason) {
        return changes.entry(id, PLAN, planId, expectedVersion, CaseFile::supportPlan, (g, p) -> {
            g.caseFile().voidSupportPlan(p, reason, g.user().getUsername().value(), Instant.now());
            return voided(PLAN, p.getId(), g);
        }, SupportPlanView::of);
    }

    public Added<PerpetratorView> voidPerpetrator(long id, long perpetratorId, long expectedVersion, String reason) {
        return changes.entry(id, PERPETRATOR, perpetratorId, expectedVersion, CaseFile::perpetrator, (g, p) -> {
            g.caseFile().voidPerpetrator(p, reason, g.user().getUsername().value(), Instant.now());
            return voided(PERPETRATOR, p.getId(), g);
        }, PerpetratorView::of);
    }

    /** An entry's UPDATE naming the fields changed (never values), or a read when nothing changed. */
    private static AuditEvent revised(String type, long entryId, CaseGrant g, List<String> changed) {
        return changed.isEmpty() ? AuditEvent.view(type, entryId, g.country()).detail(CaseWorkflowService.UNCHANGED)
                : AuditEvent.of(AuditAction.UPDATE, type, entryId, g.country())
                        .detail("fields=" + String.join(",", changed) + " case=" + g.id());
    }

    private static AuditEvent voided(String type, long entryId, CaseGrant g) {
        return AuditEvent.of(AuditAction.STATE_CHANGE, type, entryId, g.country()).detail("voided case=" + g.id());
    }

    private static Map<String, Object> fields(TraffickingEvent e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", e.getType());
        v.put("country", e.getCountryCode());
        v.put("place", e.getPlace());
        v.put("date", e.getDate());
        return v;
    }

    private static Map<String, Object> fields(SupportPlan p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", p.getType());
        v.put("objectives", p.getObjectives());
        v.put("plannedEnd", p.getPlannedEnd());
        v.put("actualEnd", p.getActualEnd());
        return v;
    }

    private static Map<String, Object> fields(Perpetrator p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", p.getName());
        v.put("roles", p.getRoles());
        v.put("relationship", p.getRelationship());
        v.put("organisation", p.getOrganisation());
        return v;
    }

    private static AuditEvent created(String type, long newId, CaseGrant g) {
        return AuditEvent.of(AuditAction.CREATE, type, newId, g.country()).detail("case=" + g.id());
    }

    private static CountryCode country(String code) {
        try {
            return new CountryCode(code);
        } catch (ValidationException e) {
            throw ValidationException.of("country", "error.case.country");
        }
    }
}
