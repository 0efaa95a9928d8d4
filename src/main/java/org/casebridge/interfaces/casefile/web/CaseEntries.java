package org.casebridge.interfaces.casefile.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebridge.application.casefile.CaseEntryService;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.CaseTeamService;
import org.casebridge.application.casefile.view.CaseEntries.EventView;
import org.casebridge.application.casefile.view.CaseEntries.PerpetratorView;
import org.casebridge.application.casefile.view.CaseEntries.SupportPlanView;
import org.casebridge.application.casefile.view.UserRef;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The "add" dialogs of the case details tabs: notes, trafficking events, support plans, perpetrators,
 * and the case team (add and remove caseworkers of the case's country). The dialogs of events, plans and
 * perpetrators also change an existing entry, against the version it was shown at.
 */
@Named
@ViewScoped
public class CaseEntries implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseEntryService entries;

    @Inject
    CaseTeamService team;

    @Inject
    CaseQueryService queries;

    @Inject
    CaseDetailsView details;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private EntryForm form = new EntryForm();
    /** The entry the open dialog edits (its id and the version it was read at); null while adding. */
    private Long editingId;
    private long editingVersion;
    private boolean reassigning;
    private List<SelectItem> caseworkerOptions = List.of();

    public void start(String dialog) {
        form = new EntryForm();
        editingId = null;
        dialogs.show(dialog);
    }

    /** Opens the event dialog on an event of the case, to change it. */
    public void startEdit(EventView e) {
        form = new EntryForm();
        form.setEventType(e.type());
        form.setCountry(e.countryCode());
        form.setPlace(e.place());
        form.setDate(e.date());
        editing(e.id(), e.version(), "eventDialog");
    }

    /** Opens the support plan dialog on a plan of the case, with its actual end, to change it. */
    public void startEdit(SupportPlanView p) {
        form = new EntryForm();
        form.setPlanType(p.type());
        form.setText(p.objectives());
        form.setDate(p.plannedEnd());
        form.setActualEnd(p.actualEnd());
        editing(p.id(), p.version(), "planDialog");
    }

    /** Opens the perpetrator dialog on a perpetrator of the case, to change it. */
    public void startEdit(PerpetratorView p) {
        form = new EntryForm();
        form.setName(p.name());
        form.setRoles(p.roles().toArray(new PerpetratorRole[0]));
        form.setRelationship(p.relationship());
        form.setOrganisation(p.organisation());
        editing(p.id(), p.version(), "perpetratorDialog");
    }

    private void editing(long entryId, long version, String dialog) {
        editingId = entryId;
        editingVersion = version;
        dialogs.show(dialog);
    }

    public void saveEvent() {
        if (editingId == null) {
            addEvent();
            return;
        }
        long id = details.getId();
        long entry = editingId;
        details.change(() -> entries.reviseEvent(id, entry, editingVersion, form.getEventType(), form.getCountry(),
                form.getPlace(), form.getDate()).caseSheet(), Map.of("type", "event:type", "country", "event:country",
                "place", "event:place", "date", "event:date"), "eventDialog", "case.event.saved");
    }

    public void savePlan() {
        if (editingId == null) {
            addPlan();
            return;
        }
        long id = details.getId();
        long entry = editingId;
        details.change(() -> entries.reviseSupportPlan(id, entry, editingVersion, form.getPlanType(), form.getText(),
                form.getDate(), form.getActualEnd()).caseSheet(), Map.of("type", "plan:type", "objectives", "plan:objectives",
                "actualEnd", "plan:actualEnd"), "planDialog", "case.plan.saved");
    }

    public void savePerpetrator() {
        if (editingId == null) {
            addPerpetrator();
            return;
        }
        long id = details.getId();
        long entry = editingId;
        details.change(() -> entries.revisePerpetrator(id, entry, editingVersion, form.getName(),
                CaseForm.set(form.getRoles(), PerpetratorRole.class), form.getRelationship(), form.getOrganisation())
                .caseSheet(), Map.of("name", "perpetrator:name", "roles", "perpetrator:roles", "organisation",
                "perpetrator:organisation"), "perpetratorDialog", "case.perpetrator.saved");
    }

    /** Whether the open dialog changes an entry rather than adding one. */
    public boolean isEditing() {
        return editingId != null;
    }

    public void addNote() {
        long id = details.getId();
        details.change(() -> entries.addNote(id, form.getText()).caseSheet(), Map.of("text", "note:text"), "noteDialog",
                "case.note.added");
    }

    public void addEvent() {
        long id = details.getId();
        details.change(() -> entries.addEvent(id, form.getEventType(), form.getCountry(), form.getPlace(),
                form.getDate()).caseSheet(), Map.of("type", "event:type", "country", "event:country", "place", "event:place",
                "date", "event:date"), "eventDialog", "case.event.added");
    }

    public void addPlan() {
        long id = details.getId();
        details.change(() -> entries.addSupportPlan(id, form.getPlanType(), form.getText(), form.getDate()).caseSheet(),
                Map.of("type", "plan:type", "objectives", "plan:objectives"), "planDialog", "case.plan.added");
    }

    public void addPerpetrator() {
        long id = details.getId();
        details.change(() -> entries.addPerpetrator(id, form.getName(), CaseForm.set(form.getRoles(), PerpetratorRole.class),
                form.getRelationship(), form.getOrganisation()).caseSheet(), Map.of("name", "perpetrator:name", "roles",
                "perpetrator:roles", "organisation", "perpetrator:organisation"), "perpetratorDialog", "case.perpetrator.added");
    }

    /** Opens the caseworker choice to add a team member. */
    public void startTeam() {
        reassigning = false;
        startChoice();
    }

    /** Opens the caseworker choice to reassign the case (owning agency's caseworkers or a supervisor). */
    public void startReassign() {
        reassigning = true;
        startChoice();
    }

    private void startChoice() {
        long id = details.getId();
        form = new EntryForm();
        List<SelectItem> options = new ArrayList<>();
        if (messages.attempt(() -> {
            for (UserRef a : queries.caseworkersFor(id)) {
                options.add(new SelectItem(a.id(), a.displayName() + " – " + a.agencyCode()));
            }
        }, Map.of())) {
            caseworkerOptions = options;
            dialogs.show("teamDialog");
        }
    }

    /** Adds the chosen caseworker to the team, or assigns the case to them. */
    public void saveChoice() {
        long id = details.getId();
        Long user = form.getUserId();
        if (user == null) {
            messages.error("team:user", "case.team.choose");
            return;
        }
        if (reassigning) {
            details.change(() -> team.assign(id, user), Map.of("assignedTo", "team:user", "team", "team:user"), "teamDialog",
                    "case.reassigned");
        } else {
            details.change(() -> team.addTeamMember(id, user), Map.of("team", "team:user"), "teamDialog", "case.team.added");
        }
    }

    public boolean isReassigning() {
        return reassigning;
    }

    public void removeTeamMember(long userId) {
        long id = details.getId();
        details.change(() -> team.removeTeamMember(id, userId), Map.of(), null, "case.team.removed");
    }

    public EntryForm getForm() {
        return form;
    }

    public List<SelectItem> getCaseworkerOptions() {
        return caseworkerOptions;
    }
}
