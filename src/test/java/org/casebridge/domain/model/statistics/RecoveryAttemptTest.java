package org.casebridge.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.statistics.StatisticsRepository.Group;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A brute-force recovery attempt against the whole family of questions the API allows, over generated
 * victims (skewed like the synthetic case generator's, so that many counts are small): every subject
 * dimension as rows, every other or none as columns, every whole-year range, every country. Every
 * published figure becomes an equation over the entries of the family's tables, with the tables' own
 * row and column sums and the totals they share; then, for every suppressed figure below k, the test
 * asks whether it is a linear combination of the published ones (exact elimination, modulo a large
 * prime). None may be.
 */
class RecoveryAttemptTest {

    private static final int K = 11;
    private static final long P = 2_147_483_647L;
    private static final List<String> COUNTRIES = List.of("BS", "JM", "TT", "GY");

    /** One generated victim: its raw value per dimension (a list for multi-valued dimensions). */
    private record Victim(Map<Dimension, List<String>> values) {
    }

    @ParameterizedTest
    @ValueSource(longs = {13L, 2026L, 77_777L})
    void noSuppressedFigureIsALinearCombinationOfPublishedOnes(long seed) {
        List<Victim> victims = generate(new SplittableRandom(seed), 700);
        List<Integer> years = List.of(2022, 2023, 2024, 2025, 2026);
        List<Dimension> dims = List.of(Dimension.YEAR, Dimension.COUNTRY, Dimension.EXPLOITATION, Dimension.GENDER, Dimension.AGE_BAND,
                Dimension.CITIZENSHIP, Dimension.CONTROL);
        StatisticsTables tables = new StatisticsTables(new SmallCellProtection(K), Subject.VICTIMS, years, COUNTRIES,
                asked -> count(victims, asked));
        Attack attack = new Attack(tables);
        for (Dimension d : dims) {
            attack.structure(List.of(d));
        }
        for (Dimension a : dims) {
            for (Dimension b : dims) {
                if (a.ordinal() < b.ordinal()) {
                    attack.structure(List.of(a, b));
                }
            }
        }
        int questions = 0;
        List<Integer[]> ranges = new ArrayList<>();
        ranges.add(null);
        for (int from : years) {
            for (int to : years) {
                if (from <= to) {
                    ranges.add(new Integer[] {from, to});
                }
            }
        }
        List<String> countryFilters = new ArrayList<>();
        countryFilters.add(null);
        countryFilters.addAll(COUNTRIES);
        for (Dimension rows : dims) {
            List<Dimension> columnChoices = new ArrayList<>();
            columnChoices.add(null);
            dims.stream().filter(d -> d != rows).forEach(columnChoices::add);
            for (Dimension columns : columnChoices) {
                for (Integer[] range : ranges) {
                    for (String country : countryFilters) {
                        StatisticsQuery q = new StatisticsQuery(Subject.VICTIMS, rows, columns, range == null ? null : range[0],
                                range == null ? null : range[1], country);
                        PublishedTable t;
                        try {
                            t = tables.answer(q, true);
                        } catch (ValidationException outsideTheFamily) {
                            continue;
                        }
                        questions++;
                        attack.read(q, t);
                    }
                }
            }
        }
        assertTrue(questions > 500, "the family was walked: " + questions);
        assertTrue(attack.smallSuppressed() > 50, "the data has many small figures: " + attack.smallSuppressed());
        assertEquals(List.of(), attack.recovered(), "suppressed figures below k recovered by linear combination");
    }

    private static List<Victim> generate(SplittableRandom random, int n) {
        List<Victim> victims = new ArrayList<>();
        String[] exploitation = {"SEXUAL_EXPLOITATION", "FORCED_LABOUR", "FORCED_BEGGING", "SERVITUDE", "CHILD_LABOUR"};
        String[] gender = {"FEMININE", "MASCULINE", "TRANSGENDER_FEMININE", "NON_SPECIFIED_UNKNOWN"};
        String[] control = {"DEBT_BONDAGE", "PHYSICAL_THREATS", "THREATS_LAW_ENFORCEMENT", "THREATENS_CHILDREN_FAMILY"};
        for (int i = 0; i < n; i++) {
            Map<Dimension, List<String>> v = new HashMap<>();
            v.put(Dimension.YEAR, List.of(String.valueOf(2022 + skewed(random, 5))));
            v.put(Dimension.COUNTRY, List.of(COUNTRIES.get(skewed(random, COUNTRIES.size()))));
            List<String> types = new ArrayList<>(new LinkedHashSet<>(List.of(exploitation[skewed(random, exploitation.length)],
                    exploitation[skewed(random, exploitation.length)])));
            if (random.nextInt(12) == 0) {
                types = List.of();
            }
            v.put(Dimension.EXPLOITATION, types);
            v.put(Dimension.GENDER, random.nextInt(15) == 0 ? List.of() : List.of(gender[skewed(random, gender.length)]));
            v.put(Dimension.AGE_BAND, List.of(AgeBand.values()[skewed(random, AgeBand.values().length)].name()));
            v.put(Dimension.CITIZENSHIP, List.of(random.nextInt(10) == 0 ? "VE" : COUNTRIES.get(skewed(random, COUNTRIES.size()))));
            v.put(Dimension.CONTROL, random.nextInt(3) == 0 ? List.of()
                    : new ArrayList<>(new LinkedHashSet<>(List.of(control[skewed(random, control.length)], control[skewed(random, control.length)]))));
            victims.add(new Victim(v));
        }
        return victims;
    }

    /** 0 most often, then 1, ...: a few large categories and a tail of small ones. */
    private static int skewed(SplittableRandom random, int n) {
        int i = 0;
        while (i < n - 1 && random.nextInt(100) < 45) {
            i++;
        }
        return i;
    }

    /** What the database answers: raw values grouped; a comma list for list dimensions, one row per form of exploitation. */
    private static List<Group> count(List<Victim> victims, List<Dimension> dims) {
        Map<List<String>, Long> groups = new LinkedHashMap<>();
        for (Victim v : victims) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(new ArrayList<>());
            for (Dimension d : dims) {
                List<String> values = v.values().get(d);
                List<List<String>> next = new ArrayList<>();
                for (List<String> row : rows) {
                    if (d.commaList()) {
                        List<String> r = new ArrayList<>(row);
                        r.add(values.isEmpty() ? null : String.join(",", values));
                        next.add(r);
                    } else if (values.isEmpty()) {
                        List<String> r = new ArrayList<>(row);
                        r.add(null);
                        next.add(r);
                    } else {
                        for (String value : values) {
                            List<String> r = new ArrayList<>(row);
                            r.add(value);
                            next.add(r);
                        }
                    }
                }
                rows = next;
            }
            for (List<String> row : rows) {
                groups.merge(row, 1L, Long::sum);
            }
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /**
     * The attacker: variables are the entries of the family's tables (a total shared by two tables is one
     * variable), equations their line sums and every published figure.
     */
    private static final class Attack {
        private final StatisticsTables tables;
        private final Map<String, Integer> variables = new HashMap<>();
        private final Map<Integer, TreeMap<Integer, Long>> basis = new HashMap<>();
        private final Set<List<Integer>> published = new java.util.HashSet<>();
        private final Map<List<Integer>, Long> suppressedSmall = new LinkedHashMap<>();

        Attack(StatisticsTables tables) {
            this.tables = tables;
        }

        int smallSuppressed() {
            return suppressedSmall.size();
        }

        /** An entry of the table over {@code dims}: index = category, or the category count for "all". */
        private int variable(List<Dimension> dims, int i, int j) {
            List<Dimension> d = new ArrayList<>(dims);
            // A two-way table's row total over a single-valued column dimension is the one-way table's entry, and so on.
            if (d.size() == 2 && j == size(d.get(1)) && !d.get(1).multiValued()) {
                return variable(List.of(d.get(0)), i, 0);
            }
            if (d.size() == 2 && i == size(d.get(0)) && !d.get(0).multiValued()) {
                return variable(List.of(d.get(1)), j, 0);
            }
            if (d.size() == 1 && i == size(d.get(0)) && !d.get(0).multiValued()) {
                return variable(List.of(), 0, 0);
            }
            return variables.computeIfAbsent(d + "|" + i + "|" + j, k -> variables.size());
        }

        private int size(Dimension d) {
            return tables.categories(d).size();
        }

        /** The line sums of one table of the family. */
        void structure(List<Dimension> dims) {
            if (dims.size() == 1) {
                int n = size(dims.get(0));
                TreeMap<Integer, Long> line = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    add(line, variable(dims, i, 0), 1);
                }
                add(line, variable(dims, n, 0), P - 1);
                insert(line);
                return;
            }
            int n = size(dims.get(0));
            int m = size(dims.get(1));
            for (int i = 0; i <= n; i++) {
                TreeMap<Integer, Long> line = new TreeMap<>();
                for (int j = 0; j < m; j++) {
                    add(line, variable(dims, i, j), 1);
                }
                add(line, variable(dims, i, m), P - 1);
                insert(line);
            }
            for (int j = 0; j <= m; j++) {
                TreeMap<Integer, Long> line = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    add(line, variable(dims, i, j), 1);
                }
                add(line, variable(dims, n, j), P - 1);
                insert(line);
            }
        }

        /** Reads one answer: each figure is the sum of the inner entries of the effective table it covers. */
        void read(StatisticsQuery q, PublishedTable t) {
            Set<Dimension> eff = new LinkedHashSet<>();
            eff.add(q.rows());
            if (q.columns() != null) {
                eff.add(q.columns());
            }
            if (q.yearFiltered()) {
                eff.add(Dimension.YEAR);
            }
            if (q.country() != null) {
                eff.add(Dimension.COUNTRY);
            }
            List<Dimension> dims = eff.stream().sorted().toList();
            Map<Dimension, List<Integer>> base = new HashMap<>();
            for (Dimension d : dims) {
                base.put(d, indexesOf(d, d == q.rows() ? t.rowCategories() : d == q.columns() ? t.columnCategories() : null, q));
            }
            for (int r = 0; r < t.rowCategories().size(); r++) {
                Map<Dimension, List<Integer>> at = new HashMap<>(base);
                at.put(q.rows(), List.of(tables.categories(q.rows()).indexOf(t.rowCategories().get(r))));
                if (q.columns() == null) {
                    figure(dims, at, t.cells().get(r).get(0));
                } else {
                    for (int c = 0; c < t.columnCategories().size(); c++) {
                        Map<Dimension, List<Integer>> cell = new HashMap<>(at);
                        cell.put(q.columns(), List.of(tables.categories(q.columns()).indexOf(t.columnCategories().get(c))));
                        figure(dims, cell, t.cells().get(r).get(c));
                    }
                    figure(dims, at, t.rowTotals().get(r));
                }
            }
            for (int c = 0; c < t.columnCategories().size(); c++) {
                Map<Dimension, List<Integer>> at = new HashMap<>(base);
                at.put(q.columns(), List.of(tables.categories(q.columns()).indexOf(t.columnCategories().get(c))));
                figure(dims, at, t.columnTotals().get(c));
            }
            figure(dims, base, t.total());
        }

        private List<Integer> indexesOf(Dimension d, List<String> shown, StatisticsQuery q) {
            List<String> cats = tables.categories(d);
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < cats.size(); i++) {
                if (d == Dimension.YEAR && q.yearFiltered()) {
                    int y = Integer.parseInt(cats.get(i));
                    if ((q.yearFrom() != null && y < q.yearFrom()) || (q.yearTo() != null && y > q.yearTo())) {
                        continue;
                    }
                }
                if (d == Dimension.COUNTRY && q.country() != null && !cats.get(i).equals(q.country())) {
                    continue;
                }
                out.add(i);
            }
            return out;
        }

        private void figure(List<Dimension> dims, Map<Dimension, List<Integer>> chosen, Count count) {
            TreeMap<Integer, Long> form = new TreeMap<>();
            List<Integer> rows = chosen.get(dims.get(0));
            List<Integer> cols = dims.size() > 1 ? chosen.get(dims.get(1)) : List.of(0);
            for (int i : rows) {
                for (int j : cols) {
                    add(form, variable(dims, i, j), 1);
                }
            }
            List<Integer> key = new ArrayList<>();
            form.forEach((var, coef) -> {
                key.add(var);
                key.add(coef.intValue());
            });
            if (!count.suppressed()) {
                if (published.add(key)) {
                    insert(form);
                }
            } else {
                long trueValue = trueValue(dims, rows, cols);
                if (trueValue < K) {
                    suppressedSmall.putIfAbsent(key, trueValue);
                }
            }
        }

        private long trueValue(List<Dimension> dims, List<Integer> rows, List<Integer> cols) {
            // Sum of the inner entries, from the full table the family protects.
            StatisticsTables.Table t = dims.size() == 1 ? tables.one(dims.get(0)) : tables.two(dims.get(0), dims.get(1));
            long sum = 0;
            for (int i : rows) {
                for (int j : cols) {
                    sum += t.values()[i][j];
                }
            }
            return sum;
        }

        /** The suppressed small figures whose equation is in the span of what is published. */
        List<String> recovered() {
            List<String> out = new ArrayList<>();
            for (var e : suppressedSmall.entrySet()) {
                TreeMap<Integer, Long> form = new TreeMap<>();
                List<Integer> key = e.getKey();
                for (int i = 0; i < key.size(); i += 2) {
                    form.put(key.get(i), (long) key.get(i + 1));
                }
                if (reduce(form).isEmpty()) {
                    out.add(key + "=" + e.getValue());
                }
            }
            return out;
        }

        private static void add(TreeMap<Integer, Long> row, int var, long coef) {
            long v = (row.getOrDefault(var, 0L) + coef) % P;
            if (v == 0) {
                row.remove(var);
            } else {
                row.put(var, v);
            }
        }

        private void insert(TreeMap<Integer, Long> row) {
            TreeMap<Integer, Long> r = reduce(row);
            if (r.isEmpty()) {
                return;
            }
            int pivot = r.firstKey();
            long inv = inverse(r.get(pivot));
            r.replaceAll((k, v) -> v * inv % P);
            basis.put(pivot, r);
        }

        private TreeMap<Integer, Long> reduce(TreeMap<Integer, Long> row) {
            TreeMap<Integer, Long> r = new TreeMap<>(row);
            Integer var = r.isEmpty() ? null : r.firstKey();
            while (var != null) {
                TreeMap<Integer, Long> p = basis.get(var);
                if (p != null) {
                    long f = r.get(var);
                    for (var pe : p.entrySet()) {
                        add(r, pe.getKey(), (P - f) * pe.getValue() % P);
                    }
                    var = r.ceilingKey(var);
                } else {
                    var = r.higherKey(var);
                }
            }
            return r;
        }

        private static long inverse(long a) {
            long result = 1;
            long base = a % P;
            long e = P - 2;
            while (e > 0) {
                if ((e & 1) == 1) {
                    result = result * base % P;
                }
                base = base * base % P;
                e >>= 1;
            }
            return result;
        }
    }
}
