package org.casebridge.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebridge.domain.model.statistics.Dimension;
import org.casebridge.domain.model.statistics.StatisticsRepository.Group;
import org.casebridge.domain.model.statistics.StatisticsRepository.Snapshot;
import org.casebridge.domain.model.statistics.StatisticsScope;
import org.casebridge.domain.model.statistics.StatisticsTables;
import org.casebridge.domain.model.statistics.Subject;

/**
 * The statistics counts kept ahead of the question ({@code V26__statistics_cells.sql}), in plain JDBC.
 *
 * <p>A refresh reads every record of a subject once (victims twice: with and without the forms of
 * exploitation joined, as the live count does), with the same SQL expressions as the live count
 * ({@link StatisticsSql}), and adds each record to one cell per combination of its categories in every
 * <em>grouping</em> the statistics page can ask: for victims and referrals every set of at most two of the
 * subject's dimensions besides the year and the country, for cooperation requests the counterpart with the
 * timeliness (the counterpart is needed for a country's scope). Every cell also holds the record's owning
 * agency, country (raw code) and year, so that a question sums the cells of one grouping under its scope's
 * condition and by its own dimensions. A single-valued dimension is kept as its raw value (the answer maps it
 * to a category as before); a multi-valued one is split into its categories with
 * {@link StatisticsTables#indexes} (the participating countries of the refresh, kept with the snapshot), one
 * cell per category, which is what {@link StatisticsTables} does with a live count's raw list.
 *
 * <p>A refresh writes its snapshot row and all its cells in one transaction; readers see the previous
 * snapshot until it commits. The snapshot before the new one is deleted only by the next refresh, so a
 * question that started on it finishes on it.
 */
final class StatisticsCells {

    private static final int BATCH = 5000;
    /**
     * The suffix of a grouping's name for its cells summed over the agencies (agency_id null): what a scope of one
     * country reads, and a scope of every country whose question has the country among its dimensions or filters.
     */
    static final String BY_COUNTRY = "@country";
    /**
     * The suffix for the cells summed over the agencies and the countries (agency_id and country null): what a scope
     * of every country reads when the country is not in its question. An analyst's widest table (industry by means of
     * control) sums a fifteenth as many rows as from the agencies' cells at 1,000,000 cases: without these it took up
     * to 5x the case list's page 1, the bar being 3x (docs/performance.md).
     */
    static final String BY_YEAR = "@year";
    private static final int FETCH = 5000;

    private StatisticsCells() {
    }

    /** One cell's key. */
    private record Cell(String dims, Long agency, String country, Integer year, String a, String b) {
    }

    /** The dimensions a grouping is made of: the subject's dimensions besides the year and the country. */
    static List<Dimension> others(Subject subject) {
        return Dimension.of(subject).stream().filter(d -> d != Dimension.YEAR && d != Dimension.COUNTRY).toList();
    }

    /** The groupings kept for {@code subject}, each in dimension order. */
    static List<List<Dimension>> groupings(Subject subject) {
        if (subject == Subject.COOPERATION) {
            return List.of(List.of(Dimension.COUNTERPART, Dimension.TIMELINESS));
        }
        List<Dimension> others = others(subject);
        List<List<Dimension>> all = new ArrayList<>();
        all.add(List.of());
        for (int i = 0; i < others.size(); i++) {
            all.add(List.of(others.get(i)));
            for (int j = i + 1; j < others.size(); j++) {
                all.add(List.of(others.get(i), others.get(j)));
            }
        }
        return all;
    }

    static String name(List<Dimension> grouping) {
        return grouping.stream().map(Dimension::key).collect(Collectors.joining(","));
    }

    /**
     * The kept grouping a count by {@code dimensions} is summed from: the smallest that holds all of them and
     * no other multi-valued dimension (a split dimension cannot be summed away).
     */
    static List<Dimension> grouping(Subject subject, List<Dimension> dimensions) {
        List<Dimension> wanted = dimensions.stream().filter(d -> d != Dimension.YEAR && d != Dimension.COUNTRY).toList();
        List<Dimension> best = null;
        for (List<Dimension> g : groupings(subject)) {
            if (g.containsAll(wanted) && g.stream().filter(d -> !wanted.contains(d)).noneMatch(Dimension::multiValued)
                    && (best == null || g.size() < best.size())) {
                best = g;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no kept grouping for " + dimensions);
        }
        return best;
    }

    /** The newest snapshot, if any. */
    static Optional<Snapshot> latest(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select generation, taken_at, countries from"
                + " statistics_snapshot where generation = (select max(generation) from statistics_snapshot)")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String countries = rs.getString(3);
            return Optional.of(new Snapshot(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    countries.isEmpty() ? List.of() : List.of(countries.split(","))));
        }
    }

    /** Counts from the cells of {@code snapshot}: the groups of {@code dimensions} under {@code scope}. */
    static List<Group> count(Connection c, Snapshot snapshot, Subject subject, StatisticsScope scope, List<Dimension> dimensions)
            throws SQLException {
        List<Dimension> grouping = grouping(subject, dimensions);
        List<String> columns = dimensions.stream().map(d -> column(d, grouping)).toList();
        String where = " from statistics_cell where generation = ? and subject = ? and dims = ?" + switch (scope.kind()) {
            case ALL_COUNTRIES -> "";
            case COUNTRY -> subject == Subject.COOPERATION ? " and (country = ? or a = ?)" : " and country = ?";
            case AGENCY -> " and agency_id = ?";
        };
        String sql = columns.isEmpty() ? "select sum(n)" + where
                : "select " + String.join(", ", columns) + ", sum(n)" + where + " group by " + String.join(", ", columns);
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, snapshot.generation());
            p.setString(2, subject.key());
            p.setString(3, name(grouping) + switch (scope.kind()) {
                case AGENCY -> "";
                case COUNTRY -> BY_COUNTRY;
                case ALL_COUNTRIES -> dimensions.contains(Dimension.COUNTRY) ? BY_COUNTRY : BY_YEAR;
            });
            switch (scope.kind()) {
                case ALL_COUNTRIES -> {
                }
                case COUNTRY -> {
                    p.setString(4, scope.countryCode());
                    if (subject == Subject.COOPERATION) {
                        p.setString(5, scope.countryCode());
                    }
                }
                case AGENCY -> p.setLong(4, scope.agencyId());
            }
            List<Group> groups = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<String> values = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        values.add(text(rs.getObject(i)));
                    }
                    long n = rs.getLong(columns.size() + 1);
                    if (!columns.isEmpty() || n > 0) {
                        groups.add(new Group(values, n));
                    }
                }
            }
            return groups;
        }
    }

    private static String column(Dimension d, List<Dimension> grouping) {
        if (d == Dimension.YEAR) {
            return "yr";
        }
        if (d == Dimension.COUNTRY) {
            return "country";
        }
        return grouping.indexOf(d) == 0 ? "a" : "b";
    }

    /** The live count, as {@link JpaStatisticsRepository} runs it, over JDBC (for the proof that the cells agree). */
    static List<Group> live(Connection c, Subject subject, StatisticsScope scope, List<Dimension> dimensions) throws SQLException {
        String sql = StatisticsSql.live(subject, scope, dimensions);
        Object parameter = StatisticsSql.parameter(scope, subject);
        int uses = parameter == null ? 0 : sql.split("\\?1", -1).length - 1;
        try (PreparedStatement p = c.prepareStatement(sql.replace("?1", "?"))) {
            for (int i = 1; i <= uses; i++) {
                p.setObject(i, parameter);
            }
            List<Group> groups = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= dimensions.size(); i++) {
                        values.add(text(rs.getObject(i)));
                    }
                    groups.add(new Group(values, rs.getLong(dimensions.size() + 1)));
                }
            }
            return groups;
        }
    }

    /**
     * Counts every record again into a new snapshot taken at {@code asOf}, in one transaction on {@code c}
     * (its auto-commit is restored after), then deletes the snapshots before the previous one.
     */
    static Snapshot refresh(Connection c, Instant asOf) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<String> codes = countryCodes(c);
            long generation;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select coalesce(max(generation), 0) + 1 from statistics_snapshot")) {
                rs.next();
                generation = rs.getLong(1);
            }
            try (PreparedStatement p = c.prepareStatement("insert into statistics_snapshot (generation, taken_at, countries)"
                    + " values (?, ?, ?)")) {
                p.setLong(1, generation);
                p.setObject(2, asOf.atOffset(ZoneOffset.UTC));
                p.setString(3, String.join(",", codes));
                p.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into statistics_cell (generation, subject, dims, agency_id,"
                    + " country, yr, a, b, n) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Subject subject : Subject.values()) {
                    Map<Cell, long[]> cells = new HashMap<>();
                    read(c, subject, false, codes, cells);
                    if (subject == Subject.VICTIMS) {
                        read(c, subject, true, codes, cells);
                    }
                    write(insert, generation, subject, cells);
                }
            }
            c.commit();
            try (PreparedStatement p = c.prepareStatement("delete from statistics_cell where generation < ?");
                    PreparedStatement q = c.prepareStatement("delete from statistics_snapshot where generation < ?")) {
                p.setLong(1, generation - 1);
                p.executeUpdate();
                q.setLong(1, generation - 1);
                q.executeUpdate();
            }
            c.commit();
            return new Snapshot(generation, asOf, codes);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static List<String> countryCodes(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code from country where participating = true order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /**
     * Adds every record of {@code subject} to its cells of the groupings with ({@code joined}) or without the
     * forms of exploitation.
     */
    private static void read(Connection c, Subject subject, boolean joined, List<String> codes, Map<Cell, long[]> cells)
            throws SQLException {
        List<List<Dimension>> groupings = groupings(subject).stream().filter(g -> g.contains(Dimension.EXPLOITATION) == joined)
                .toList();
        List<Dimension> dims = Dimension.of(subject).stream().filter(d -> joined || d != Dimension.EXPLOITATION).toList();
        Map<Dimension, List<String>> categories = new EnumMap<>(Dimension.class);
        for (Dimension d : dims) {
            if (d.multiValued()) {
                categories.put(d, d.categories(List.of(), codes));
            }
        }
        StringBuilder sql = new StringBuilder("select ").append(agency(subject));
        for (Dimension d : dims) {
            sql.append(", ").append(StatisticsSql.expression(subject, d));
        }
        sql.append(' ').append(StatisticsSql.from(subject, joined))
                .append(StatisticsSql.where(subject, StatisticsScope.allCountries()));
        String[][] names = new String[groupings.size()][];
        for (int g = 0; g < groupings.size(); g++) {
            names[g] = new String[] {name(groupings.get(g))};
        }
        try (Statement s = c.createStatement()) {
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery(sql.toString())) {
                Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);
                while (rs.next()) {
                    Object agencyValue = rs.getObject(1);
                    Long agency = agencyValue == null ? null : ((Number) agencyValue).longValue();
                    for (int i = 0; i < dims.size(); i++) {
                        Dimension d = dims.get(i);
                        String raw = text(rs.getObject(i + 2));
                        values.put(d, d.multiValued() ? split(categories.get(d), d, raw) : Arrays.asList(raw));
                    }
                    String yearText = values.get(Dimension.YEAR).get(0);
                    Integer year = yearText == null ? null : Integer.valueOf(yearText);
                    String country = values.get(Dimension.COUNTRY).get(0);
                    for (int g = 0; g < groupings.size(); g++) {
                        List<Dimension> grouping = groupings.get(g);
                        List<String> as = grouping.isEmpty() ? Arrays.asList((String) null) : values.get(grouping.get(0));
                        List<String> bs = grouping.size() < 2 ? Arrays.asList((String) null) : values.get(grouping.get(1));
                        for (String a : as) {
                            for (String b : bs) {
                                cells.computeIfAbsent(new Cell(names[g][0], agency, country, year, a, b), k -> new long[1])[0]++;
                            }
                        }
                    }
                }
            }
        }
    }

    /** The owning agency of a record: of the case, the sending agency of a referral, of the request's case. */
    private static String agency(Subject subject) {
        return switch (subject) {
            case VICTIMS -> "c.owning_agency_id";
            case REFERRALS -> "r.sending_agency_id";
            case COOPERATION -> "(select k.owning_agency_id from case_file k where k.id = q.case_id)";
        };
    }

    private static List<String> split(List<String> cats, Dimension d, String raw) {
        int[] at = StatisticsTables.indexes(cats, d, raw);
        List<String> out = new ArrayList<>(at.length);
        for (int i : at) {
            out.add(cats.get(i));
        }
        return out;
    }

    /**
     * The agencies' cells, then the same summed over the agencies ({@link #BY_COUNTRY}) and over the agencies and the
     * countries ({@link #BY_YEAR}).
     */
    private static void write(PreparedStatement insert, long generation, Subject subject, Map<Cell, long[]> cells) throws SQLException {
        Map<Cell, long[]> byCountry = new HashMap<>();
        Map<Cell, long[]> byYear = new HashMap<>();
        for (Map.Entry<Cell, long[]> e : cells.entrySet()) {
            Cell cell = e.getKey();
            long n = e.getValue()[0];
            byCountry.computeIfAbsent(new Cell(cell.dims() + BY_COUNTRY, null, cell.country(), cell.year(), cell.a(), cell.b()),
                    k -> new long[1])[0] += n;
            byYear.computeIfAbsent(new Cell(cell.dims() + BY_YEAR, null, null, cell.year(), cell.a(), cell.b()),
                    k -> new long[1])[0] += n;
        }
        insert(insert, generation, subject, cells);
        insert(insert, generation, subject, byCountry);
        insert(insert, generation, subject, byYear);
    }

    private static void insert(PreparedStatement insert, long generation, Subject subject, Map<Cell, long[]> cells) throws SQLException {
        int pending = 0;
        for (Map.Entry<Cell, long[]> e : cells.entrySet()) {
            Cell cell = e.getKey();
            insert.setLong(1, generation);
            insert.setString(2, subject.key());
            insert.setString(3, cell.dims());
            insert.setObject(4, cell.agency(), java.sql.Types.BIGINT);
            insert.setString(5, cell.country());
            insert.setObject(6, cell.year(), java.sql.Types.INTEGER);
            insert.setString(7, cell.a());
            insert.setString(8, cell.b());
            insert.setLong(9, e.getValue()[0]);
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            insert.executeBatch();
        }
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return value.toString();
    }
}
