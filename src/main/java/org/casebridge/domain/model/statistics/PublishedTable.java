package org.casebridge.domain.model.statistics;

import java.util.List;

/**
 * The answer to a {@link StatisticsQuery}: the categories of the rows (and columns), a count per cell,
 * the row and column totals (for a two-way table) and the grand total, each a number or suppressed.
 * {@code years} is the span counted; {@code k} the threshold it was protected with. Where a dimension is
 * multi-valued, totals count mentions (a victim with two forms of exploitation counts twice).
 */
public record PublishedTable(Subject subject, Dimension rows, Dimension columns, Integer yearFrom, Integer yearTo,
        String country, int k, List<String> rowCategories, List<String> columnCategories, List<List<Count>> cells,
        List<Count> rowTotals, List<Count> columnTotals, Count total) {

    public PublishedTable {
        rowCategories = List.copyOf(rowCategories);
        columnCategories = List.copyOf(columnCategories);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    /** Whether any figure of the table is suppressed. */
    public boolean anySuppressed() {
        return total.suppressed() || rowTotals.stream().anyMatch(Count::suppressed) || columnTotals.stream().anyMatch(Count::suppressed)
                || cells.stream().flatMap(List::stream).anyMatch(Count::suppressed);
    }
}
