package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casebridge.application.casefile.CaseRights;
import org.casebridge.application.casefile.view.CaseEntries.EventView;
import org.casebridge.application.casefile.view.CaseEntries.NoteView;
import org.casebridge.application.casefile.view.CaseEntries.PerpetratorView;
import org.casebridge.application.casefile.view.CaseEntries.SupportPlanView;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;

/**
 * A case in full as its details screen and {@code GET /api/cases/{id}} show it: the summary, the
 * HTCDS description, the closure state, who works on it, its entries, its victims (by alias) and
 * perpetrators, and what the reader may do with it ({@code allowed}). The version is for If-Match.
 */
public record CaseSheet(long id, String number, String countryCode, String countryName, String owningAgencyCode,
        String owningAgencyName, UserRef assignedTo, List<UserRef> team, CaseStatus status, CaseStage stage,
        RiskLevel riskLevel, LocalDate identificationDate, String identificationPlace, String narrative, Set<ExploitationType> exploitationTypes,
        Set<SexExploitationType> sexExploitationTypes, ForcedLabourIndustry forcedLabourIndustry,
        Set<MethodOfControl> methodsOfControl, Set<MethodOfRecruitment> methodsOfRecruitment,
        Set<WebsiteOrApp> recruitmentApps, Set<WebsiteOrApp> exploitationApps, LocalDate reviewDue, boolean overdue,
        Closure closure, List<EventView> events, List<NoteView> notes, List<SupportPlanView> supportPlans,
        List<VictimRow> victims, List<PerpetratorView> perpetrators, String createdBy, Instant createdAt, String changedBy,
        Instant changedAt, long version, CaseRights allowed) implements Serializable {

    /** Where the case stands on closing: the reason, a request waiting for a supervisor, the decision. */
    public record Closure(boolean pending, CaseStatus requestedStatus, String reason, String requestedBy,
            Instant requestedAt, String reviewedBy, String reviewComment, Instant closedAt) implements Serializable {
    }

    /**
     * Built inside the transaction that read the case (its people and entries are loaded here). Voided
     * events, plans and perpetrators are in it, marked, for the country's supervisors only: those who
     * work on the case see what stands.
     */
    public static CaseSheet of(CaseFile c, CaseRights allowed, LocalDate today) {
        boolean voidedToo = allowed.decideClosure();
        Closure closure = new Closure(c.isClosurePending(), c.getClosureRequestedStatus(), c.getClosureReason(),
                c.getClosureRequestedBy(), c.getClosureRequestedAt(), c.getClosureReviewedBy(), c.getClosureReviewComment(),
                c.getClosedAt());
        return new CaseSheet(c.getId(), c.getNumber().value(), c.getCountryCode().value(), c.getCountry().getName(),
                c.getOwningAgency().getCode().value(), c.getOwningAgency().getName(), UserRef.of(c.getAssignedTo()),
                c.getTeam().stream().map(UserRef::of).toList(), c.getStatus(), c.getStage(), c.getRiskLevel(),
                c.getIdentificationDate(), c.getIdentificationPlace(), c.getNarrative(), c.getExploitationTypes(), c.getSexExploitationTypes(),
                c.getForcedLabourIndustry(), c.getMethodsOfControl(), c.getMethodsOfRecruitment(), c.getRecruitmentApps(),
                c.getExploitationApps(), c.getReviewDue(), c.isOverdueOn(today), closure,
                (voidedToo ? c.getAllEvents() : c.getEvents()).stream().map(EventView::of).toList(),
                c.getNotes().stream().map(NoteView::of).toList(),
                (voidedToo ? c.getAllSupportPlans() : c.getSupportPlans()).stream().map(SupportPlanView::of).toList(),
                c.getVictims().stream().map(v -> VictimRow.of(v, c.getIdentificationDate(), today)).toList(),
                (voidedToo ? c.getAllPerpetrators() : c.getPerpetrators()).stream().map(PerpetratorView::of).toList(), c.getCreatedBy(), c.getCreatedAt(),
                c.getChangedBy(), c.getChangedAt(), c.getVersion(), allowed);
    }

    /** Closed or closed-referred: nothing changes until a supervisor reopens it. */
    public boolean closed() {
        return status.isClosed();
    }
}
