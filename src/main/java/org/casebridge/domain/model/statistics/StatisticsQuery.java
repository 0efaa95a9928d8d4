package org.casebridge.domain.model.statistics;

import java.util.List;
import java.util.stream.Collectors;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * One question put to the statistics: what is counted, by which one or two dimensions (rows, and
 * optionally columns), and the filters, whole years only ({@code yearFrom}..{@code yearTo}) and one
 * whole country. Filters are coarse on purpose: the family of possible questions stays small enough
 * that suppression can be decided on every table it can reach (docs/security.md, "Small-cell protection").
 */
public record StatisticsQuery(Subject subject, Dimension rows, Dimension columns, Integer yearFrom, Integer yearTo,
        String country) {

    public static final int YEAR_MIN = 1990;
    public static final int YEAR_MAX = 2100;

    public StatisticsQuery {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(subject != null, "subject", "error.statistics.subject", keys(Subject.values()));
        errors.check(rows != null, "rows", "error.statistics.rows");
        if (subject != null) {
            errors.check(rows == null || rows.countsIn(subject), "rows", "error.statistics.notADimensionOf",
                    subject.key(), dimensionKeys(subject));
            errors.check(columns == null || columns.countsIn(subject), "columns",
                    "error.statistics.notADimensionOf", subject.key(), dimensionKeys(subject));
        }
        errors.check(columns == null || columns != rows, "columns", "error.statistics.columns");
        errors.check(yearFrom == null || (yearFrom >= YEAR_MIN && yearFrom <= YEAR_MAX), "yearFrom",
                "error.statistics.yearRange", YEAR_MIN, YEAR_MAX);
        errors.check(yearTo == null || (yearTo >= YEAR_MIN && yearTo <= YEAR_MAX), "yearTo",
                "error.statistics.yearRange", YEAR_MIN, YEAR_MAX);
        errors.check(yearFrom == null || yearTo == null || yearFrom <= yearTo, "yearTo", "error.statistics.yearTo");
        errors.check(country == null || country.matches("[A-Z]{2}"), "country", "error.statistics.country");
        errors.throwIfAny();
    }

    /** Reads a question from the words of an address or a form; every part is checked, unknown names are refused. */
    public static StatisticsQuery parse(String subject, String rows, String columns, String yearFrom, String yearTo, String country) {
        ValidationException.Collector errors = new ValidationException.Collector();
        Subject s = blank(subject) ? Subject.VICTIMS : Subject.fromKey(subject.trim()).orElse(null);
        errors.check(s != null, "subject", "error.statistics.unknownSubject", keys(Subject.values()));
        Dimension r = blank(rows) ? null : Dimension.fromKey(rows.trim()).orElse(null);
        errors.check(blank(rows) || r != null, "rows", "error.statistics.unknownDimension", allKeys());
        errors.check(!blank(rows), "rows", "error.statistics.rows");
        Dimension c = blank(columns) ? null : Dimension.fromKey(columns.trim()).orElse(null);
        errors.check(blank(columns) || c != null, "columns", "error.statistics.unknownDimension", allKeys());
        Integer from = year(yearFrom, "yearFrom", errors);
        Integer to = year(yearTo, "yearTo", errors);
        String cc = blank(country) ? null : country.trim();
        errors.check(cc == null || cc.matches("[A-Z]{2}"), "country", "error.statistics.country");
        errors.throwIfAny();
        return new StatisticsQuery(s, r, c, from, to, cc);
    }

    public boolean yearFiltered() {
        return yearFrom != null || yearTo != null;
    }

    /** For the audit entry (ids and codes only). */
    public String describe() {
        return "subject=" + subject.key() + " rows=" + rows.key() + (columns == null ? "" : " columns=" + columns.key())
                + (yearFrom == null ? "" : " yearFrom=" + yearFrom) + (yearTo == null ? "" : " yearTo=" + yearTo)
                + (country == null ? "" : " country=" + country);
    }

    private static Integer year(String value, String field, ValidationException.Collector errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim();
        if (!v.matches("[0-9]{4}")) {
            errors.add(field, "error.statistics.fourDigitYear");
            return null;
        }
        return Integer.valueOf(v);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String keys(Subject[] subjects) {
        return List.of(subjects).stream().map(Subject::key).collect(Collectors.joining(", "));
    }

    private static String dimensionKeys(Subject subject) {
        return Dimension.of(subject).stream().map(Dimension::key).collect(Collectors.joining(", "));
    }

    private static String allKeys() {
        return List.of(Dimension.values()).stream().map(Dimension::key).collect(Collectors.joining(", "));
    }
}
