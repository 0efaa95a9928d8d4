package org.casebridge.interfaces.cooperation.rest;

import java.util.List;
import org.casebridge.application.cooperation.CooperationSendingService.NewRequest;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.cooperation.ExtractChoice;
import org.casebridge.domain.model.cooperation.ExtractField;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;

/**
 * A new cooperation request: the case, the requested country (ISO code), type, priority, legal basis
 * and purpose, and the extract the other country will see: {@code share} names fields of the
 * allowlist (CASE_NUMBER, IDENTIFICATION, EXPLOITATION, CONTROL_AND_RECRUITMENT, PERPETRATORS,
 * VICTIM_NAMES, VICTIM_GENDER, VICTIM_BIRTH, VICTIM_CITIZENSHIPS, VICTIM_LANGUAGES) and
 * {@code victimId} the victim a victim field is about. {@code sharingBasis}: the legal basis for
 * sharing victim data without consent. {@code draft: true} saves it without sending.
 */
public record RequestInput(Long caseId, String requestedCountry, String type, String priority, String legalBasis,
        String purpose, List<String> share, Long victimId, String sharingBasis, Boolean draft) {

    NewRequest request() {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(caseId != null, "caseId", "error.cooperation.caseId2");
        errors.check(requestedCountry != null && requestedCountry.matches("[A-Za-z]{2}"), "requestedCountry",
                "error.cooperation.requestedCountry");
        RequestType t = Fields.code(RequestType.class, type, "type", errors);
        Priority p = Fields.code(Priority.class, priority, "priority", errors);
        var fields = Fields.codes(ExtractField.class, share, "share", errors);
        errors.throwIfAny();
        ExtractChoice choice = new ExtractChoice(fields, victimId);
        return new NewRequest(caseId, CountryCode.of(requestedCountry).value(), t, p, legalBasis, purpose, choice,
                sharingBasis, Boolean.TRUE.equals(draft));
    }
}
