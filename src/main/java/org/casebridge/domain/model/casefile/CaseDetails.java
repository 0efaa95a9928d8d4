package org.casebridge.domain.model.casefile;

import java.time.LocalDate;
import java.util.Set;

/** The editable description of a case: what happened and how, in HTCDS terms. */
public record CaseDetails(CaseStage stage, RiskLevel riskLevel, LocalDate identificationDate, String identificationPlace,
        Set<ExploitationType> exploitationTypes, Set<SexExploitationType> sexExploitationTypes,
        ForcedLabourIndustry forcedLabourIndustry, Set<MethodOfControl> methodsOfControl,
        Set<MethodOfRecruitment> methodsOfRecruitment, Set<WebsiteOrApp> recruitmentApps,
        Set<WebsiteOrApp> exploitationApps, LocalDate reviewDue) {
}
