package org.casebridge.interfaces.casefile.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.casebridge.domain.model.casefile.CaseFile;

/**
 * A case in full as the API shows it: the summary, the HTCDS description, the closure state, the
 * people who work on it, events, notes, support plans, victims (by alias) and perpetrators.
 */
public record CaseDto(long id, String number, String countryCode, String owningAgencyCode, String owningAgencyName,
        UserRefDto assignedTo, List<UserRefDto> team, String status, String stage, String riskLevel,
        LocalDate identificationDate, String identificationPlace, List<String> exploitationTypes,
        List<String> sexExploitationTypes, String forcedLabourIndustry, List<String> methodsOfControl,
        List<String> methodsOfRecruitment, List<String> recruitmentApps, List<String> exploitationApps,
        LocalDate reviewDue, boolean overdue, Closure closure, List<EventDto> events, List<NoteDto> notes,
        List<SupportPlanDto> supportPlans, List<VictimSummaryDto> victims, List<PerpetratorDto> perpetrators,
        String createdBy, Instant createdAt, String changedBy, Instant changedAt, long version) {

    /** Where the case stands on closing: the reason, a request waiting for a supervisor, the decision. */
    public record Closure(boolean pending, String requestedStatus, String reason, String requestedBy, Instant requestedAt,
            String reviewedBy, String reviewComment, Instant closedAt) {
    }

    static CaseDto of(CaseFile c) {
        Closure closure = new Closure(c.isClosurePending(),
                c.getClosureRequestedStatus() == null ? null : c.getClosureRequestedStatus().name(), c.getClosureReason(),
                c.getClosureRequestedBy(), c.getClosureRequestedAt(), c.getClosureReviewedBy(), c.getClosureReviewComment(),
                c.getClosedAt());
        return new CaseDto(c.getId(), c.getNumber().value(), c.getCountryCode().value(), c.getOwningAgency().getCode().value(),
                c.getOwningAgency().getName(), UserRefDto.of(c.getAssignedTo()),
                c.getTeam().stream().map(UserRefDto::of).toList(), c.getStatus().name(), c.getStage().name(),
                c.getRiskLevel().name(), c.getIdentificationDate(), c.getIdentificationPlace(), names(c.getExploitationTypes()),
                names(c.getSexExploitationTypes()),
                c.getForcedLabourIndustry() == null ? null : c.getForcedLabourIndustry().name(),
                names(c.getMethodsOfControl()), names(c.getMethodsOfRecruitment()), names(c.getRecruitmentApps()),
                names(c.getExploitationApps()), c.getReviewDue(), c.isOverdueOn(LocalDate.now()), closure,
                c.getEvents().stream().map(EventDto::of).toList(), c.getNotes().stream().map(NoteDto::of).toList(),
                c.getSupportPlans().stream().map(SupportPlanDto::of).toList(),
                c.getVictims().stream().map(VictimSummaryDto::of).toList(),
                c.getPerpetrators().stream().map(PerpetratorDto::of).toList(), c.getCreatedBy(), c.getCreatedAt(),
                c.getChangedBy(), c.getChangedAt(), c.getVersion());
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
