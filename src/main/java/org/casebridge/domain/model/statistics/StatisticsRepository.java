package org.casebridge.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: counts grouped in the database (GROUP BY under the scope's WHERE clause), never records.
 */
public interface StatisticsRepository {

    /**
     * Counts of {@code subject} in {@code scope} grouped by the raw values of {@code dimensions} (none:
     * one group, the whole count). A raw value is a code, a comma-separated list of codes for a
     * {@linkplain Dimension#commaList() list dimension}, or null when nothing is recorded.
     */
    List<Group> count(Subject subject, StatisticsScope scope, List<Dimension> dimensions, LocalDate today);

    /** The codes of the participating countries, in code order. */
    List<String> countryCodes();

    /** One group: its raw value per dimension (in the order asked) and how many it counts. */
    record Group(List<String> values, long count) {
    }

    /** The first and last year that records were counted in; both null when none. */
    record YearSpan(Integer first, Integer last) {
    }
}
