package org.casebridge.interfaces.referral.rest;

import java.util.List;
import org.casebridge.domain.model.referral.SummaryChoice;
import org.casebridge.domain.model.referral.SummaryField;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;

/**
 * A corrected victim summary: {@code share} names fields of the victim's record (ALIAS or FIRST_NAME,
 * GENDER, AGE or AGE_BAND, LANGUAGES), and the texts are written for the partner.
 */
public record SummaryInput(List<String> share, String needs, String safetyNotes, String contactArrangements) {

    SummaryChoice choice() {
        ValidationException.Collector errors = new ValidationException.Collector();
        var fields = Fields.codes(SummaryField.class, share, "share", errors);
        errors.throwIfAny();
        return new SummaryChoice(fields, needs, safetyNotes, contactArrangements);
    }
}
