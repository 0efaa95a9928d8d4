package org.casebridge.domain.model.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casebridge.domain.model.statistics.StatisticsRepository.Group;

/**
 * The counts of one question from as few grouped reads of the database as possible. Every count the
 * question's tables need (the two-way table, its one-way tables, the grand total, the span of years) is
 * the finest grouping read once with its dimensions dropped, which is exact when each record is one row of
 * both groupings: a dimension kept in one column (a comma-separated list included) adds no row, so it can
 * be summed away; a dimension joined one row per value ({@link #joined}: the forms of exploitation) cannot,
 * and a grouping without it is read on its own (at most once more). At 1,000,000 cases each read of an
 * analyst's question scans every victim of the region, so the number of reads is the question's cost.
 */
public final class MarginalCounts implements StatisticsTables.Source {

    private final Function<List<Dimension>, List<Group>> database;
    private final Set<Dimension> finest;
    private final boolean split;
    private final Map<List<Dimension>, List<Group>> read = new LinkedHashMap<>();
    private int reads;

    /**
     * {@code finest}: the dimensions of the first read (the question's own, and the year for the span);
     * {@code database}: one grouped count in the database.
     */
    public MarginalCounts(Set<Dimension> finest, Function<List<Dimension>, List<Group>> database) {
        this(finest, database, false);
    }

    /**
     * {@code split}: the database gives every multi-valued dimension one group per category (the kept counts of
     * {@link StatisticsRepository#count(StatisticsRepository.Snapshot, Subject, StatisticsScope, List)}), so none of
     * them can be summed away, a comma-separated list no more than a joined one.
     */
    public MarginalCounts(Set<Dimension> finest, Function<List<Dimension>, List<Group>> database, boolean split) {
        this.finest = new LinkedHashSet<>(finest);
        this.database = database;
        this.split = split;
    }

    /** A dimension counted one row per value, which a sum over the other dimensions cannot remove. */
    boolean joined(Dimension d) {
        return d.multiValued() && (split || !d.commaList());
    }

    @Override
    public List<Group> count(List<Dimension> dimensions) {
        for (Map.Entry<List<Dimension>, List<Group>> e : read.entrySet()) {
            if (derivable(e.getKey(), dimensions)) {
                return marginal(e.getKey(), e.getValue(), dimensions);
            }
        }
        // the finest grouping these counts can come from: the first read's dimensions, less a joined one not asked
        List<Dimension> key = new ArrayList<>(dimensions);
        for (Dimension d : finest) {
            if (!key.contains(d) && !joined(d)) {
                key.add(d);
            }
        }
        List<Group> groups = database.apply(List.copyOf(key));
        reads++;
        read.put(List.copyOf(key), groups);
        return marginal(key, groups, dimensions);
    }

    /**
     * The first and last year of the records counted, both null when there are none: from any grouping read
     * with the year (a joined dimension's rows keep every record, so their years are the records' years), or
     * from the first read, made now.
     */
    public StatisticsRepository.YearSpan years() {
        if (split) {
            // a record whose list maps to no category has no group of a split dimension: the years come from a
            // grouping without them (the one the grand total is summed from)
            List<Dimension> key = new ArrayList<>(List.of(Dimension.YEAR));
            finest.stream().filter(d -> d != Dimension.YEAR && !joined(d)).forEach(key::add);
            return span(key, count(key));
        }
        if (read.keySet().stream().noneMatch(k -> k.contains(Dimension.YEAR))) {
            List<Dimension> key = new ArrayList<>(finest);
            if (!key.contains(Dimension.YEAR)) {
                key.add(Dimension.YEAR);
            }
            read.put(List.copyOf(key), database.apply(List.copyOf(key)));
            reads++;
        }
        Integer first = null;
        Integer last = null;
        for (Map.Entry<List<Dimension>, List<Group>> e : read.entrySet()) {
            int at = e.getKey().indexOf(Dimension.YEAR);
            if (at < 0) {
                continue;
            }
            for (Group g : e.getValue()) {
                String v = g.values().get(at);
                if (v == null || g.count() == 0) {
                    continue;
                }
                int y = Integer.parseInt(v);
                first = first == null ? y : Math.min(first, y);
                last = last == null ? y : Math.max(last, y);
            }
            break;
        }
        return new StatisticsRepository.YearSpan(first, last);
    }

    /** How many grouped counts were read from the database. */
    public int reads() {
        return reads;
    }

    private static StatisticsRepository.YearSpan span(List<Dimension> key, List<Group> groups) {
        int at = key.indexOf(Dimension.YEAR);
        Integer first = null;
        Integer last = null;
        for (Group g : groups) {
            String v = g.values().get(at);
            if (v == null || g.count() == 0) {
                continue;
            }
            int y = Integer.parseInt(v);
            first = first == null ? y : Math.min(first, y);
            last = last == null ? y : Math.max(last, y);
        }
        return new StatisticsRepository.YearSpan(first, last);
    }

    private boolean derivable(List<Dimension> from, List<Dimension> to) {
        if (!from.containsAll(to)) {
            return false;
        }
        for (Dimension d : from) {
            if (joined(d) && !to.contains(d)) {
                return false;
            }
        }
        return true;
    }

    private static List<Group> marginal(List<Dimension> from, List<Group> groups, List<Dimension> to) {
        if (from.equals(to)) {
            return groups;
        }
        int[] at = to.stream().mapToInt(from::indexOf).toArray();
        Map<List<String>, Long> sums = new LinkedHashMap<>();
        for (Group g : groups) {
            List<String> values = new ArrayList<>(at.length);
            for (int i : at) {
                values.add(g.values().get(i));
            }
            sums.merge(values, g.count(), Long::sum);
        }
        List<Group> out = new ArrayList<>(sums.size());
        sums.forEach((values, n) -> out.add(new Group(values, n)));
        return out;
    }
}
