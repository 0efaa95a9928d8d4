package org.casebridge.interfaces.casefile.rest;

import java.time.LocalDate;
import org.casebridge.domain.model.casefile.SupportPlan;

public record SupportPlanDto(long id, String type, String objectives, LocalDate plannedEnd, LocalDate actualEnd) {

    static SupportPlanDto of(SupportPlan p) {
        return new SupportPlanDto(p.getId(), p.getType().name(), p.getObjectives(), p.getPlannedEnd(), p.getActualEnd());
    }
}
