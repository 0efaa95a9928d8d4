package org.casebridge.interfaces.export.rest;

import java.util.List;
import org.casebridge.domain.model.export.ExportFilters;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportKind;
import org.casebridge.domain.model.export.IdentifyingField;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;

/**
 * What a client sends to ask for an export: {@code {"kind": "HTCDS_CASES", "format": "CSV", "filters":
 * {"from": "2025-01-01", "to": "2025-12-31", "identifying": ["NAMES"], "reason": "..."}}}; for a list,
 * {@code {"kind": "LIST_XLSX", "list": "cases", "query": "status=ACTIVE&mine=true"}}: the list's name and
 * its filters and sort as the parameters of the list's GET ({@code GET /api/cases}).
 */
public record ExportInput(String kind, String format, FiltersInput filters, String list, String query) {

    /** The filters; every one optional. */
    public record FiltersInput(String country, String from, String to, List<String> identifying, String reason) {
    }

    /** The kind, refused (400) when missing or unknown. */
    public ExportKind exportKind() {
        ValidationException.Collector errors = new ValidationException.Collector();
        ExportKind k = Fields.code(ExportKind.class, kind, "kind", errors);
        errors.check(k != null || !errors.isEmpty(), "kind", "error.export.kind");
        errors.throwIfAny();
        return k;
    }

    /** The format; the kind's own (CSV, or XLSX for a list) when not given. */
    public ExportFormat exportFormat() {
        ExportFormat f = Fields.code(ExportFormat.class, format, "format");
        return f != null ? f : "LIST_XLSX".equals(kind == null ? null : kind.trim()) ? ExportFormat.XLSX : ExportFormat.CSV;
    }

    public ExportFilters exportFilters() {
        if (filters == null) {
            return new ExportFilters(null, null, null, null, null);
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        var from = Fields.date(filters.from(), "filters.from", errors);
        var to = Fields.date(filters.to(), "filters.to", errors);
        var identifying = Fields.codes(IdentifyingField.class, filters.identifying(), "filters.identifying", errors);
        errors.throwIfAny();
        return new ExportFilters(filters.country(), from, to, identifying, filters.reason());
    }
}
