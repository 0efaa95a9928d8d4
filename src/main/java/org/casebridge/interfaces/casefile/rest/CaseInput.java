package org.casebridge.interfaces.casefile.rest;

import java.util.List;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * The description of a case a client sets (intake and {@code PUT /api/cases/{id}}). Only these
 * fields: number, country, owner, assignee, status and version are not here, so a body naming them
 * is refused as unknown. Code-list values are the constant names, e.g. {@code SEXUAL_EXPLOITATION}.
 */
public record CaseInput(String stage, String riskLevel, String identificationDate, String identificationPlace,
        List<String> exploitationTypes, List<String> sexExploitationTypes, String forcedLabourIndustry,
        List<String> methodsOfControl, List<String> methodsOfRecruitment, List<String> recruitmentApps,
        List<String> exploitationApps, String reviewDue) {

    CaseDetails details(ValidationException.Collector errors) {
        return new CaseDetails(Fields.code(CaseStage.class, stage, "stage", errors),
                Fields.code(RiskLevel.class, riskLevel, "riskLevel", errors),
                Fields.date(identificationDate, "identificationDate", errors), identificationPlace,
                Fields.codes(ExploitationType.class, exploitationTypes, "exploitationTypes", errors),
                Fields.codes(SexExploitationType.class, sexExploitationTypes, "sexExploitationTypes", errors),
                Fields.code(ForcedLabourIndustry.class, forcedLabourIndustry, "forcedLabourIndustry", errors),
                Fields.codes(MethodOfControl.class, methodsOfControl, "methodsOfControl", errors),
                Fields.codes(MethodOfRecruitment.class, methodsOfRecruitment, "methodsOfRecruitment", errors),
                Fields.codes(WebsiteOrApp.class, recruitmentApps, "recruitmentApps", errors),
                Fields.codes(WebsiteOrApp.class, exploitationApps, "exploitationApps", errors),
                Fields.date(reviewDue, "reviewDue", errors));
    }

    CaseDetails details() {
        ValidationException.Collector errors = new ValidationException.Collector();
        CaseDetails d = details(errors);
        errors.throwIfAny();
        return d;
    }
}
