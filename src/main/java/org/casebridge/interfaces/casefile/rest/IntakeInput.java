package org.casebridge.interfaces.casefile.rest;

import java.util.ArrayList;
import java.util.List;
import org.casebridge.application.casefile.CaseIntakeService;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.VictimDetails;

/** A new case as the guided intake confirms it: the case, its first victim and the victim's consents. */
public record IntakeInput(CaseInput details, VictimInput victim, List<ConsentInput> consents) {

    /** Field errors name the case field ({@code stage}), the victim's ({@code victim.alias}) or the consent's ({@code consent.purpose}). */
    CaseIntakeService.Intake intake() {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(details != null, "details", "error.case.details");
        errors.check(victim != null, "victim", "error.case.victim");
        CaseDetails d = details == null ? null : details.details(errors);
        VictimDetails v = victim == null ? null : victim.details("victim.", errors);
        List<CaseIntakeService.ConsentInput> c = new ArrayList<>();
        if (consents != null) {
            for (ConsentInput ci : consents) {
                errors.check(ci != null, "consent", "error.case.consent");
                if (ci != null) {
                    c.add(ci.consent("consent.", errors));
                }
            }
        }
        errors.throwIfAny();
        return new CaseIntakeService.Intake(d, v, c);
    }
}
