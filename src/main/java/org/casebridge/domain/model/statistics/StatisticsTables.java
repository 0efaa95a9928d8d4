package org.casebridge.domain.model.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.statistics.SmallCellProtection.Fixed;
import org.casebridge.domain.model.statistics.StatisticsRepository.Group;

/**
 * The fixed family of cross-tabulations of one subject in one universe (a scope), from which every
 * answer is taken, and the rules that keep differences between answers from giving anything away.
 *
 * <ul>
 * <li>The family: the grand total, the one-way table of every dimension, and the two-way table of every
 * pair of dimensions, each with its totals. Filters are dimensions too: a question may use at most two
 * of rows, columns, a year filter and a country filter (a filter on the rows' or columns' own dimension
 * only selects categories), so every answer is read from one table of the family.</li>
 * <li>Suppression is decided per table, in a fixed order: the grand total, then the one-way tables (whose
 * total is the grand total for a single-valued dimension), then the two-way tables (whose totals are the
 * one-way tables, fixed). The same counts give the same suppression whatever the question.</li>
 * <li>An answer that adds up several entries of a table (a range of years, or a total over chosen
 * categories) is published only when every entry it adds is published, so it is a sum of published
 * numbers and tells nothing new; a total over all categories is the table's own total.</li>
 * </ul>
 */
public final class StatisticsTables {

    /** Where the counts come from: grouped in the database, for no, one or two dimensions. */
    @FunctionalInterface
    public interface Source {
        List<Group> count(List<Dimension> dimensions);
    }

    /** A protected table: entries with the totals last; zero-way is 1x1, one-way (n+1)x1, two-way (n+1)x(m+1). */
    record Table(List<Dimension> dimensions, long[][] values, boolean[][] suppressed) {
    }

    private final SmallCellProtection protection;
    private final Subject subject;
    private final Map<Dimension, List<String>> categories = new HashMap<>();
    private final Source source;
    private final Map<List<Dimension>, Table> tables = new HashMap<>();

    public StatisticsTables(SmallCellProtection protection, Subject subject, List<Integer> years, List<String> countryCodes,
            Source source) {
        this.protection = protection;
        this.subject = subject;
        this.source = source;
        for (Dimension d : Dimension.of(subject)) {
            categories.put(d, d.categories(years, countryCodes));
        }
    }

    /**
     * The family of tables one question is answered from, with its counts read as the question needs them
     * ({@link MarginalCounts}: the question's grouping once, with the year for the span of years, and the
     * country when an analyst filters by one). {@code database} is one grouped count, live or from the kept
     * counts ({@code split}: multi-valued dimensions come split into categories); {@code countryCodes} the
     * participating countries those counts are split by.
     */
    public static StatisticsTables forQuestion(StatisticsQuery query, boolean allCountries, int k, int currentYear,
            List<String> countryCodes, Function<List<Dimension>, List<Group>> database, boolean split) {
        Set<Dimension> finest = new LinkedHashSet<>();
        finest.add(query.rows());
        if (query.columns() != null) {
            finest.add(query.columns());
        }
        finest.add(Dimension.YEAR);
        if (query.country() != null && allCountries) {
            finest.add(Dimension.COUNTRY);
        }
        MarginalCounts counts = new MarginalCounts(finest, database, split);
        List<Integer> years = years(counts.years(), currentYear);
        return new StatisticsTables(new SmallCellProtection(k), query.subject(), years, countryCodes, counts);
    }

    /**
     * The entries of the family's table of {@code dimensions} (none, one, or two in dimension order) before
     * suppression, totals last: what the suppression is decided on.
     */
    public long[][] entries(List<Dimension> dimensions) {
        Table t = switch (dimensions.size()) {
            case 0 -> total();
            case 1 -> one(dimensions.get(0));
            default -> two(dimensions.get(0), dimensions.get(1));
        };
        long[][] copy = new long[t.values().length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = t.values()[i].clone();
        }
        return copy;
    }

    /** The years a universe's tables have: from its first record's year (at most last year) to the current year. */
    public static List<Integer> years(StatisticsRepository.YearSpan span, int currentYear) {
        int first = span.first() == null ? currentYear - 1 : Math.min(span.first(), currentYear - 1);
        int last = span.last() == null ? currentYear : Math.max(span.last(), currentYear);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    public List<String> categories(Dimension d) {
        return categories.get(d);
    }

    public int k() {
        return protection.k();
    }

    /**
     * The answer to {@code q}. {@code countryIsDimension} is false where the universe is one country (the
     * country filter then only restates it).
     */
    public PublishedTable answer(StatisticsQuery q, boolean countryIsDimension) {
        Set<Dimension> effective = new LinkedHashSet<>();
        effective.add(q.rows());
        if (q.columns() != null) {
            effective.add(q.columns());
        }
        if (q.yearFiltered()) {
            effective.add(Dimension.YEAR);
        }
        boolean countryFilter = q.country() != null && countryIsDimension;
        if (countryFilter) {
            effective.add(Dimension.COUNTRY);
        }
        if (effective.size() > 2) {
            throw ValidationException.of(q.columns() != null ? "columns" : "country",
                    "error.statistics.atMostTwo");
        }
        List<Integer> years = selectedYears(q);
        Integer countryIndex = null;
        if (countryFilter) {
            int x = categories.get(Dimension.COUNTRY).indexOf(q.country());
            if (x < 0) {
                throw ValidationException.of("country", "error.statistics.country2");
            }
            countryIndex = x;
        }
        List<Dimension> dims = effective.stream().sorted().toList();
        Table t = dims.size() == 1 ? one(dims.get(0)) : two(dims.get(0), dims.get(1));

        Map<Dimension, List<Integer>> selection = new HashMap<>();
        for (Dimension d : dims) {
            selection.put(d, all(d));
        }
        if (q.yearFiltered()) {
            selection.put(Dimension.YEAR, years);
        }
        if (countryIndex != null) {
            selection.put(Dimension.COUNTRY, List.of(countryIndex));
        }
        List<Integer> rowSel = selection.get(q.rows());
        List<Integer> colSel = q.columns() == null ? null : selection.get(q.columns());
        List<String> rowCats = rowSel.stream().map(i -> categories.get(q.rows()).get(i)).toList();
        List<String> colCats = colSel == null ? List.of() : colSel.stream().map(i -> categories.get(q.columns()).get(i)).toList();

        List<List<Count>> cells = new ArrayList<>();
        List<Count> rowTotals = new ArrayList<>();
        List<Count> columnTotals = new ArrayList<>();
        for (int r : rowSel) {
            Map<Dimension, List<Integer>> at = new HashMap<>(selection);
            at.put(q.rows(), List.of(r));
            if (colSel == null) {
                cells.add(List.of(sum(t, at)));
            } else {
                List<Count> row = new ArrayList<>();
                for (int c : colSel) {
                    Map<Dimension, List<Integer>> cell = new HashMap<>(at);
                    cell.put(q.columns(), List.of(c));
                    row.add(sum(t, cell));
                }
                cells.add(row);
                rowTotals.add(sum(t, at));
            }
        }
        if (colSel != null) {
            for (int c : colSel) {
                Map<Dimension, List<Integer>> at = new HashMap<>(selection);
                at.put(q.columns(), List.of(c));
                columnTotals.add(sum(t, at));
            }
        }
        Count total = sum(t, selection);
        List<String> yearCats = categories.get(Dimension.YEAR);
        Integer from = q.yearFiltered() ? (years.isEmpty() ? q.yearFrom() : Integer.valueOf(yearCats.get(years.get(0)))) : null;
        Integer to = q.yearFiltered() ? (years.isEmpty() ? q.yearTo() : Integer.valueOf(yearCats.get(years.get(years.size() - 1)))) : null;
        return new PublishedTable(subject, q.rows(), q.columns(), from, to, q.country(), protection.k(), rowCats, colCats, cells,
                rowTotals, columnTotals, total);
    }

    private List<Integer> selectedYears(StatisticsQuery q) {
        List<String> years = categories.get(Dimension.YEAR);
        List<Integer> sel = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int y = Integer.parseInt(years.get(i));
            if ((q.yearFrom() == null || y >= q.yearFrom()) && (q.yearTo() == null || y <= q.yearTo())) {
                sel.add(i);
            }
        }
        return sel;
    }

    private List<Integer> all(Dimension d) {
        return IntStream.range(0, categories.get(d).size()).boxed().toList();
    }

    /**
     * The sum of the entries of {@code t} over the chosen categories of each of its dimensions: a chosen
     * set that is every category is the table's total; published only when every entry added is.
     */
    private Count sum(Table t, Map<Dimension, List<Integer>> chosen) {
        List<List<Integer>> indexes = new ArrayList<>();
        for (Dimension d : t.dimensions()) {
            List<Integer> sel = chosen.get(d);
            int n = categories.get(d).size();
            indexes.add(sel.size() == n ? List.of(n) : sel);
        }
        List<Integer> rows = indexes.get(0);
        List<Integer> cols = indexes.size() > 1 ? indexes.get(1) : List.of(0);
        if (rows.isEmpty() || cols.isEmpty()) {
            return Count.of(0);
        }
        long total = 0;
        for (int r : rows) {
            for (int c : cols) {
                if (t.suppressed()[r][c]) {
                    return Count.hidden();
                }
                total += t.values()[r][c];
            }
        }
        return Count.of(total);
    }

    /** The grand total of the universe. */
    Table total() {
        return tables.computeIfAbsent(List.of(), key -> {
            long n = source.count(List.of()).stream().mapToLong(Group::count).sum();
            return new Table(List.of(), new long[][] {{n}}, new boolean[][] {{n < protection.k()}});
        });
    }

    /** The one-way table of {@code d}. */
    Table one(Dimension d) {
        Table cached = tables.get(List.of(d));
        if (cached != null) {
            return cached;
        }
        int n = categories.get(d).size();
        long[] cells = new long[n];
        for (Group g : source.count(List.of(d))) {
            for (int i : indexes(d, g.values().get(0))) {
                cells[i] += g.count();
            }
        }
        long sum = Arrays.stream(cells).sum();
        Fixed totalFixed = d.multiValued() ? Fixed.NO : fixedOf(total().suppressed()[0][0]);
        boolean[] sup = protection.protect(cells, sum, totalFixed);
        long[][] values = new long[n + 1][1];
        boolean[][] suppressed = new boolean[n + 1][1];
        for (int i = 0; i < n; i++) {
            values[i][0] = cells[i];
            suppressed[i][0] = sup[i];
        }
        values[n][0] = sum;
        suppressed[n][0] = sup[n];
        Table t = new Table(List.of(d), values, suppressed);
        tables.put(List.of(d), t);
        return t;
    }

    /** The two-way table of {@code a} (rows) by {@code b} (columns), {@code a} before {@code b} in dimension order. */
    Table two(Dimension a, Dimension b) {
        List<Dimension> key = List.of(a, b);
        Table cached = tables.get(key);
        if (cached != null) {
            return cached;
        }
        int n = categories.get(a).size();
        int m = categories.get(b).size();
        long[][] values = new long[n + 1][m + 1];
        for (Group g : source.count(key)) {
            for (int i : indexes(a, g.values().get(0))) {
                for (int j : indexes(b, g.values().get(1))) {
                    values[i][j] += g.count();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                values[i][m] += values[i][j];
                values[n][j] += values[i][j];
                values[n][m] += values[i][j];
            }
        }
        Table rowsTable = one(a);
        Table colsTable = one(b);
        Fixed[][] fixed = new Fixed[n + 1][m + 1];
        for (Fixed[] row : fixed) {
            Arrays.fill(row, Fixed.NO);
        }
        // A row's total is the one-way count of its category when every record is in exactly one column.
        if (!b.multiValued()) {
            for (int i = 0; i < n; i++) {
                fixed[i][m] = fixedOf(rowsTable.suppressed()[i][0]);
            }
        }
        if (!a.multiValued()) {
            for (int j = 0; j < m; j++) {
                fixed[n][j] = fixedOf(colsTable.suppressed()[j][0]);
            }
        }
        if (!a.multiValued() && !b.multiValued()) {
            fixed[n][m] = fixedOf(total().suppressed()[0][0]);
        } else if (!a.multiValued()) {
            fixed[n][m] = fixedOf(colsTable.suppressed()[categories.get(b).size()][0]);
        } else if (!b.multiValued()) {
            fixed[n][m] = fixedOf(rowsTable.suppressed()[categories.get(a).size()][0]);
        }
        boolean[][] suppressed = protection.protect(values, fixed);
        Table t = new Table(key, values, suppressed);
        tables.put(key, t);
        return t;
    }

    private static Fixed fixedOf(boolean suppressed) {
        return suppressed ? Fixed.SUPPRESSED : Fixed.PUBLISHED;
    }

    /** The categories a raw value counts in: its codes (split for a list), not recorded when empty, other when unknown. */
    private int[] indexes(Dimension d, String raw) {
        return indexes(categories.get(d), d, raw);
    }

    /**
     * The positions in {@code cats} (the categories of {@code d}) that a raw value counts in: its codes (split
     * and without repeats for a list), not recorded when empty, other when unknown; none when no such category.
     * The refresh of the kept counts splits the lists with this, so they count as a live count does.
     */
    public static int[] indexes(List<String> cats, Dimension d, String raw) {
        if (raw == null || raw.isBlank()) {
            return single(cats, Dimension.NOT_RECORDED);
        }
        if (!d.commaList()) {
            return single(cats, raw.trim());
        }
        int[] found = Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .mapToInt(s -> index(cats, s)).filter(i -> i >= 0).distinct().toArray();
        return found.length == 0 ? single(cats, Dimension.NOT_RECORDED) : found;
    }

    private static int[] single(List<String> cats, String code) {
        int i = index(cats, code);
        return i < 0 ? new int[0] : new int[] {i};
    }

    private static int index(List<String> cats, String code) {
        int i = cats.indexOf(code);
        if (i < 0) {
            i = cats.indexOf(Dimension.OTHER);
        }
        if (i < 0) {
            i = cats.indexOf(Dimension.NOT_RECORDED);
        }
        return i;
    }
}
