package org.casebridge.domain.model.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: counts grouped in the database, never records: live (GROUP BY under the scope's WHERE clause over
 * the records), or from the counts kept by the last refresh ({@link Snapshot}), which hold the same
 * counts as of the refresh.
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

    /** The newest refreshed counts, if a refresh has completed. */
    Optional<Snapshot> latest();

    /**
     * Counts of {@code subject} in {@code scope} grouped by {@code dimensions}, from the counts kept in
     * {@code snapshot}: equal to what {@link StatisticsTables} makes of the live count at the time of the
     * refresh, except that a multi-valued dimension comes already split, one category per group (so a
     * sum over it counts mentions: see {@link MarginalCounts#split}).
     */
    List<Group> count(Snapshot snapshot, Subject subject, StatisticsScope scope, List<Dimension> dimensions);

    /**
     * Counts every record again and keeps the counts as a new snapshot, in one transaction (readers see the
     * previous snapshot until it commits); the snapshot before the new one stays until the next refresh.
     */
    Snapshot refresh();

    /** One refresh's counts: its generation, when it counted, and the participating countries it split by. */
    record Snapshot(long generation, Instant asOf, List<String> countryCodes) {
    }

    /** One group: its raw value per dimension (in the order asked) and how many it counts. */
    record Group(List<String> values, long count) {
    }

    /** The first and last year that records were counted in; both null when none. */
    record YearSpan(Integer first, Integer last) {
    }
}
