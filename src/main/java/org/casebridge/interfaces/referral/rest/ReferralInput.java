package org.casebridge.interfaces.referral.rest;

import java.util.List;
import org.casebridge.application.referral.ReferralSendingService.NewReferral;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.referral.SummaryChoice;
import org.casebridge.domain.model.referral.SummaryField;
import org.casebridge.domain.model.referral.Urgency;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;

/**
 * A new referral: the case and one of its victims, the partner agency, the services, urgency and
 * reason, and the summary the partner will see: {@code share} names fields of the victim's record
 * (ALIAS or FIRST_NAME, GENDER, AGE or AGE_BAND, LANGUAGES), and the texts are written for the
 * partner. {@code draft: true} saves it without sending.
 */
public record ReferralInput(Long caseId, Long victimId, Long recipientAgencyId, List<String> services, String urgency,
        String reason, List<String> share, String needs, String safetyNotes, String contactArrangements, Boolean draft) {

    NewReferral referral() {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(caseId != null, "caseId", "error.referral.caseId");
        errors.check(victimId != null, "victimId", "error.referral.victimId");
        errors.check(recipientAgencyId != null, "recipientAgencyId", "error.referral.recipientAgencyId");
        var wanted = Fields.codes(ServiceType.class, services, "services", errors);
        Urgency u = Fields.code(Urgency.class, urgency, "urgency", errors);
        var fields = Fields.codes(SummaryField.class, share, "share", errors);
        errors.throwIfAny();
        return new NewReferral(caseId, victimId, recipientAgencyId, wanted, u, reason,
                new SummaryChoice(fields, needs, safetyNotes, contactArrangements), Boolean.TRUE.equals(draft));
    }
}
