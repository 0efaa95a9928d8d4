package org.casebridge.domain.model.cooperation;

import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * What the sender chose to share: fields of the allowlist and, when a victim field is among them,
 * the one victim of the case they are about.
 */
public record ExtractChoice(Set<ExtractField> fields, Long victimId) {

    public ExtractChoice {
        fields = fields == null || fields.isEmpty() ? EnumSet.noneOf(ExtractField.class) : EnumSet.copyOf(fields);
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(!fields.isEmpty(), "extract.fields", "error.cooperation.extract_fields");
        errors.check(victimId != null || fields.stream().noneMatch(ExtractField::victimData), "extract.victimId",
                "error.cooperation.extract_victimId2");
        errors.throwIfAny();
        if (fields.stream().noneMatch(ExtractField::victimData)) {
            victimId = null;
        }
    }

    /** Whether the extract carries the victim's personal data. */
    public boolean carriesVictimData() {
        return victimId != null;
    }

    @Override
    public Set<ExtractField> fields() {
        return EnumSet.copyOf(fields);
    }
}
