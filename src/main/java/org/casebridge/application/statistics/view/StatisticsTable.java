package org.casebridge.application.statistics.view;

import java.time.Instant;
import java.util.List;
import org.casebridge.domain.model.statistics.Count;
import org.casebridge.domain.model.statistics.PublishedTable;
import org.casebridge.domain.model.statistics.StatisticsScope;

/**
 * A statistics table as screens and REST show it: the dimensions by their keys, the category codes of
 * the rows and columns, and every figure either a number or suppressed ({@code value} null,
 * {@code suppressed} true: never a number, not even a bound). {@code scope} says what was counted
 * ({@code all countries}, {@code country JM}, {@code agency 51}); {@code k} the threshold; {@code asOf} the
 * time the figures were counted (the last refresh of the kept counts, or the question's own time when counted live).
 */
public record StatisticsTable(String subject, String rows, String columns, Integer yearFrom, Integer yearTo, String country,
        String scope, int k, List<String> rowCategories, List<String> columnCategories, List<List<Figure>> cells,
        List<Figure> rowTotals, List<Figure> columnTotals, Figure total, boolean rowsMultiValued, boolean columnsMultiValued,
        Instant asOf) {

    /** One figure: a count, or suppressed. */
    public record Figure(Long value, boolean suppressed) {

        static Figure of(Count c) {
            return new Figure(c.value(), c.suppressed());
        }
    }

    public static StatisticsTable of(PublishedTable t, StatisticsScope scope, Instant asOf) {
        return new StatisticsTable(t.subject().key(), t.rows().key(), t.columns() == null ? null : t.columns().key(), t.yearFrom(),
                t.yearTo(), t.country(), scope.describe(), t.k(), t.rowCategories(), t.columnCategories(),
                t.cells().stream().map(r -> r.stream().map(Figure::of).toList()).toList(),
                t.rowTotals().stream().map(Figure::of).toList(), t.columnTotals().stream().map(Figure::of).toList(),
                Figure.of(t.total()), t.rows().multiValued(), t.columns() != null && t.columns().multiValued(), asOf);
    }

    /** Whether any figure is suppressed. */
    public boolean anySuppressed() {
        return total.suppressed() || rowTotals.stream().anyMatch(Figure::suppressed) || columnTotals.stream().anyMatch(Figure::suppressed)
                || cells.stream().flatMap(List::stream).anyMatch(Figure::suppressed);
    }
}
