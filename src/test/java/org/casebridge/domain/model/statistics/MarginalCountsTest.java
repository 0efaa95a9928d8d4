package org.casebridge.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.casebridge.domain.model.statistics.StatisticsRepository.Group;
import org.junit.jupiter.api.Test;

/**
 * The counts a question's tables are built from are the same whether each grouping is read from the database on
 * its own (as before) or summed from the finest grouping read once: checked against a fake database that groups
 * 3,000 random victims as the SQL does (the forms of exploitation joined one row per form, a left join; the
 * citizenships one comma-separated column), for every grouping of one question's dimensions.
 */
class MarginalCountsTest {

    private record Victim(String year, String gender, String citizenships, List<String> exploitation) {
    }

    private final List<Victim> victims = new ArrayList<>();
    private int databaseReads;

    MarginalCountsTest() {
        Random r = new Random(13);
        String[] genders = {"FEMININE", "MASCULINE", "OTHER", null};
        String[] citizenships = {"JM", "HT", "JM,HT", "DO", null};
        String[] forms = {"SEXUAL", "LABOUR", "OTHER"};
        for (int i = 0; i < 3000; i++) {
            List<String> e = new ArrayList<>();
            for (String f : forms) {
                if (r.nextInt(3) == 0) {
                    e.add(f);
                }
            }
            victims.add(new Victim(Integer.toString(2016 + r.nextInt(11)), genders[r.nextInt(genders.length)],
                    citizenships[r.nextInt(citizenships.length)], e));
        }
    }

    /** GROUP BY as the database does it, each call one read. */
    private List<Group> database(List<Dimension> dims) {
        databaseReads++;
        Map<List<String>, Long> counts = new HashMap<>();
        for (Victim v : victims) {
            List<String> forms = dims.contains(Dimension.EXPLOITATION)
                    ? (v.exploitation().isEmpty() ? java.util.Collections.singletonList(null) : v.exploitation())
                    : java.util.Collections.singletonList(null);
            for (String form : forms) {
                List<String> key = new ArrayList<>();
                for (Dimension d : dims) {
                    key.add(switch (d) {
                        case YEAR -> v.year();
                        case GENDER -> v.gender();
                        case CITIZENSHIP -> v.citizenships();
                        case EXPLOITATION -> form;
                        default -> throw new IllegalArgumentException(d.name());
                    });
                }
                counts.merge(key, 1L, Long::sum);
            }
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((k, n) -> groups.add(new Group(k, n)));
        return groups;
    }

    private static Map<List<String>, Long> asMap(List<Group> groups) {
        Map<List<String>, Long> m = new HashMap<>();
        groups.forEach(g -> m.merge(g.values(), g.count(), Long::sum));
        return m;
    }

    private void sameAsDatabase(Set<Dimension> question, int expectedReads) {
        Function<List<Dimension>, List<Group>> db = this::database;
        MarginalCounts counts = new MarginalCounts(question, db);
        StatisticsRepository.YearSpan span = counts.years();
        assertEquals(2016, span.first());
        assertEquals(2026, span.last());
        List<Dimension> dims = new ArrayList<>(question);
        List<List<Dimension>> groupings = new ArrayList<>();
        groupings.add(List.copyOf(dims));
        for (Dimension d : dims) {
            groupings.add(List.of(d));
        }
        groupings.add(List.of());
        for (List<Dimension> g : groupings) {
            int before = databaseReads;
            Map<List<String>, Long> expected = asMap(database(g));
            databaseReads = before;
            assertEquals(expected, asMap(counts.count(g)), "grouping " + g + " of " + question);
        }
        assertEquals(expectedReads, counts.reads(), "reads for " + question);
    }

    @Test
    void oneReadForDimensionsKeptInOneColumn() {
        sameAsDatabase(new LinkedHashSet<>(List.of(Dimension.GENDER, Dimension.CITIZENSHIP, Dimension.YEAR)), 1);
        sameAsDatabase(new LinkedHashSet<>(List.of(Dimension.YEAR)), 1);
    }

    @Test
    void aJoinedDimensionIsNeverSummedAway() {
        // the forms of exploitation add a row per form: totals without them need a read of their own
        sameAsDatabase(new LinkedHashSet<>(List.of(Dimension.EXPLOITATION, Dimension.GENDER, Dimension.YEAR)), 2);
    }

    @Test
    void noRecordsNoYears() {
        victims.clear();
        MarginalCounts counts = new MarginalCounts(Set.of(Dimension.YEAR, Dimension.GENDER), this::database);
        StatisticsRepository.YearSpan span = counts.years();
        assertNull(span.first());
        assertNull(span.last());
        assertEquals(0, counts.count(List.of()).stream().mapToLong(Group::count).sum());
    }
}
