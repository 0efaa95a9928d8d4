package org.casebridge.domain.model.referral;

import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * What the sender chose to share with the partner: fields of the victim's record from the allowlist,
 * and texts written for the partner (needs, safety notes, contact arrangements). A text is shared
 * exactly when it is given; one name (alias or given name) and one age (years or band) at most.
 */
public record SummaryChoice(Set<SummaryField> fields, String needs, String safetyNotes, String contactArrangements) {

    public static final int TEXT_MAX = 2000;
    public static final int CONTACT_MAX = 1000;

    public SummaryChoice {
        ValidationException.Collector errors = new ValidationException.Collector();
        Set<SummaryField> chosen = fields == null || fields.isEmpty() ? EnumSet.noneOf(SummaryField.class) : EnumSet.copyOf(fields);
        errors.check(chosen.stream().allMatch(SummaryField::fromVictim), "share",
                "error.referral.share");
        errors.check(!(chosen.contains(SummaryField.ALIAS) && chosen.contains(SummaryField.FIRST_NAME)), "share",
                "error.referral.share2");
        errors.check(!(chosen.contains(SummaryField.AGE) && chosen.contains(SummaryField.AGE_BAND)), "share",
                "error.referral.share3");
        needs = text(needs, TEXT_MAX, "needs", errors);
        safetyNotes = text(safetyNotes, TEXT_MAX, "safetyNotes", errors);
        contactArrangements = text(contactArrangements, CONTACT_MAX, "contactArrangements", errors);
        errors.throwIfAny();
        chosen.removeIf(f -> !f.fromVictim());
        if (needs != null) {
            chosen.add(SummaryField.NEEDS);
        }
        if (safetyNotes != null) {
            chosen.add(SummaryField.SAFETY_NOTES);
        }
        if (contactArrangements != null) {
            chosen.add(SummaryField.CONTACT_ARRANGEMENTS);
        }
        fields = chosen;
    }

    @Override
    public Set<SummaryField> fields() {
        return fields.isEmpty() ? EnumSet.noneOf(SummaryField.class) : EnumSet.copyOf(fields);
    }

    /** A text written for the partner: the multi-line rules of {@link Text} (length, no control or bidi characters). */
    private static String text(String value, int max, String field, ValidationException.Collector errors) {
        String t = Text.multiLine(value, max, field, "error.label.thisText", errors);
        return t == null || t.isBlank() ? null : t.strip();
    }
}
