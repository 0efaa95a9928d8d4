package org.casebridge.domain.model.export;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * What an export is asked to hold: the country (the supervisor's own for HTCDS; none for the regional
 * k-anonymous data), cases identified from and to (inclusive, either open), and for HTCDS the identifying
 * fields ticked with the reason for including them. The reason is kept on the job, never on the audit
 * trail (which holds no free text).
 */
public record ExportFilters(String country, LocalDate from, LocalDate to, Set<IdentifyingField> identifying, String reason,
        ListSelection list) {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;

    /** Filters of an export that is not a list's. */
    public ExportFilters(String country, LocalDate from, LocalDate to, Set<IdentifyingField> identifying, String reason) {
        this(country, from, to, identifying, reason, null);
    }

    /** The same filters with the list (and its filters) a {@code LIST_XLSX} export holds. */
    public ExportFilters withList(ListSelection selection) {
        return new ExportFilters(country, from, to, identifying, reason, selection);
    }

    public ExportFilters {
        identifying = identifying == null || identifying.isEmpty() ? EnumSet.noneOf(IdentifyingField.class)
                : EnumSet.copyOf(identifying);
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(country == null || country.matches("[A-Z]{2}"), "country", "error.export.country");
        errors.check(from == null || to == null || !from.isAfter(to), "to", "error.export.to");
        String r = Text.multiLine(reason, REASON_MAX, "reason", "error.label.reason", errors);
        if (!identifying.isEmpty()) {
            errors.check(r != null && r.length() >= REASON_MIN, "reason",
                    "error.export.reasonNeeded", REASON_MIN);
        }
        errors.throwIfAny();
        reason = r == null || r.isEmpty() ? null : r;
    }

    public boolean includes(IdentifyingField field) {
        return identifying.contains(field);
    }

    /** The filters in the audit trail's characters: codes and dates only, never the reason's text. */
    public String auditForm() {
        StringBuilder s = new StringBuilder();
        if (country != null) {
            s.append("country=").append(country);
        }
        if (from != null) {
            s.append(s.isEmpty() ? "" : " ").append("from=").append(from);
        }
        if (to != null) {
            s.append(s.isEmpty() ? "" : " ").append("to=").append(to);
        }
        if (list != null) {
            // the list's name only: its filters may hold a quick search's text
            s.append(s.isEmpty() ? "" : " ").append("list=").append(list.name());
        }
        if (!identifying.isEmpty()) {
            s.append(s.isEmpty() ? "" : " ").append("identifying=")
                    .append(String.join(",", identifying.stream().map(Enum::name).toList())).append(" reason=on job");
        }
        return s.toString();
    }
}
