package org.casebridge.domain.model.export;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which cases an export reads: one country's (or every country's when null), identified from and to
 * (inclusive, either open), not voided; and which of the victims' identifying fields are read from the
 * database (none unless asked for). {@code ages}: the birth date is read to compute an age, not to be
 * written.
 */
public record ExportSelection(String country, LocalDate from, LocalDate to, Set<IdentifyingField> identifying, boolean ages) {

    public ExportSelection {
        identifying = identifying == null || identifying.isEmpty() ? EnumSet.noneOf(IdentifyingField.class)
                : EnumSet.copyOf(identifying);
    }

    public boolean reads(IdentifyingField field) {
        return identifying.contains(field);
    }

    public boolean readsBirthDate() {
        return ages || identifying.contains(IdentifyingField.BIRTH_DATE);
    }
}
