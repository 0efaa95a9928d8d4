package org.casebridge.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.statistics.Dimension;
import org.casebridge.domain.model.statistics.PublishedTable;
import org.casebridge.domain.model.statistics.StatisticsQuery;
import org.casebridge.domain.model.statistics.StatisticsRepository.Group;
import org.casebridge.domain.model.statistics.StatisticsRepository.Snapshot;
import org.casebridge.domain.model.statistics.StatisticsScope;
import org.casebridge.domain.model.statistics.StatisticsTables;
import org.casebridge.domain.model.statistics.Subject;
import org.casebridge.infrastructure.generator.CaseGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kept statistics counts ({@link StatisticsCells}) against the live counts, on generated cases, referrals
 * and cooperation requests in a migrated in-memory H2 database, with awkward values added (lists with repeats,
 * unknown and blank codes, spaces, cases without a form of exploitation, referrals whose every service is
 * unknown, voided victims, a country no longer participating). For every scope (every country, each country,
 * each agency) and every question of the family (every dimension as rows, every other or none as columns;
 * year and country filters for the analyst), the tables before suppression and the published answers are the
 * same whether the counts are read live or from the cells. And a refresh is what makes a new record count.
 */
class StatisticsCellsTest {

    private static final int K = 11;
    private static Connection db;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /**
     * {@code -Dcasebridge.test.cells.pg=jdbc:postgresql://127.0.0.1:5432/} runs the same on PostgreSQL, in a database
     * {@code cb_stats_cells} made anew there as the user {@code postgres} (trust); by default on H2 in memory.
     */
    private static final String PG = System.getProperty("casebridge.test.cells.pg", "");

    @BeforeAll
    static void generate() throws SQLException {
        String url = "jdbc:h2:mem:statistics-cells;DB_CLOSE_DELAY=-1";
        String user = "sa";
        if (!PG.isBlank()) {
            try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "");
                    Statement s = admin.createStatement()) {
                s.execute("drop database if exists cb_stats_cells");
                s.execute("create database cb_stats_cells");
            }
            url = PG + "cb_stats_cells";
            user = "postgres";
        }
        Migrations.configure(StatisticsCellsTest.class.getClassLoader(), Migrations.vendor(url)).dataSource(url, user, "").load()
                .migrate();
        db = DriverManager.getConnection(url, user, "");
        new CaseGenerator(db, new CaseGenerator.Options(1500, 5L, 500, true, TODAY), null).run();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update victim set citizenships = 'JM,XX,YY' where mod(id, 17) = 0");
            s.executeUpdate("update victim set citizenships = 'BS,BS' where mod(id, 19) = 0");
            s.executeUpdate("update victim set citizenships = '' where mod(id, 23) = 0");
            s.executeUpdate("update victim set citizenships = null where mod(id, 29) = 0");
            s.executeUpdate("update victim set citizenships = ' JM , TT' where mod(id, 31) = 0");
            s.executeUpdate("update victim set citizenships = 'AI,XX' where mod(id, 37) = 0");
            s.executeUpdate("update victim set voided = true where mod(id, 43) = 0");
            s.executeUpdate("update case_file set methods_of_control = null where mod(id, 13) = 0");
            s.executeUpdate("update case_file set methods_of_control = methods_of_control || ',NOPE' where mod(id, 11) = 0"
                    + " and methods_of_control is not null");
            s.executeUpdate("update case_file set methods_of_control = 'NOPE,,NOPE' where mod(id, 41) = 0");
            s.executeUpdate("delete from case_exploitation where case_id in (select id from case_file where mod(id, 37) = 0)");
            s.executeUpdate("update referral set services = services || ',NOPE' where mod(id, 7) = 0");
            s.executeUpdate("update referral set services = 'NOPE' where mod(id, 41) = 0");
            s.executeUpdate("update country set participating = false where code = 'AI'");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (PG.isBlank()) {
            try (Statement s = db.createStatement()) {
                s.execute("shutdown");
            }
        }
        db.close();
    }

    @Test
    void everyTableOfEveryScopeIsTheLiveOne() throws SQLException {
        Snapshot snapshot = StatisticsCells.refresh(db, Instant.parse("2026-12-04T10:00:00Z"));
        assertEquals(StatisticsCells.countryCodes(db), snapshot.countryCodes());
        assertTrue(count("select count(*) from statistics_cell where generation = " + snapshot.generation()) > 1000,
                "the refresh kept cells");
        String byCountry = "select count(*) from statistics_cell where generation = " + snapshot.generation()
                + " and dims like '%" + StatisticsCells.BY_COUNTRY + "'";
        assertTrue(count(byCountry + " and agency_id is null") > 0, "cells summed over the agencies, which a scope of countries reads");
        assertEquals(0, count(byCountry + " and agency_id is not null"));
        String byYear = "select count(*) from statistics_cell where generation = " + snapshot.generation()
                + " and dims like '%" + StatisticsCells.BY_YEAR + "'";
        assertTrue(count(byYear + " and agency_id is null and country is null") > 0,
                "cells summed over the agencies and countries, which a scope of every country reads");
        assertEquals(0, count(byYear + " and (agency_id is not null or country is not null)"));
        assertTrue(count(byCountry) < count("select count(*) from statistics_cell where generation = " + snapshot.generation()
                + " and dims not like '%" + StatisticsCells.BY_COUNTRY + "'"), "fewer than the agencies' cells");
        List<StatisticsScope> scopes = scopes();
        int questions = 0;
        for (Subject subject : Subject.values()) {
            List<Dimension> dims = Dimension.of(subject);
            for (StatisticsScope scope : scopes) {
                boolean all = scope.kind() == StatisticsScope.Kind.ALL_COUNTRIES;
                for (StatisticsQuery q : questions(subject, dims, all)) {
                    StatisticsTables live = tables(q, all, snapshot.countryCodes(), d -> live(subject, scope, d), false);
                    StatisticsTables kept = tables(q, all, snapshot.countryCodes(), d -> kept(snapshot, subject, scope, d), true);
                    assertEquals(live.categories(Dimension.YEAR), kept.categories(Dimension.YEAR), "years of " + q + " " + scope);
                    PublishedTable expected;
                    try {
                        expected = live.answer(q, all);
                    } catch (ValidationException e) {
                        continue; // a question the API refuses (three of rows, columns and filters)
                    }
                    List<Dimension> table = new ArrayList<>(List.of(q.rows()));
                    if (q.columns() != null) {
                        table.add(q.columns());
                    }
                    if (q.yearFiltered() && !table.contains(Dimension.YEAR)) {
                        table.add(Dimension.YEAR);
                    }
                    if (q.country() != null && all && !table.contains(Dimension.COUNTRY)) {
                        table.add(Dimension.COUNTRY);
                    }
                    table.sort(null);
                    String what = subject.key() + " " + table + " " + scope.describe();
                    assertArrayEquals(live.entries(List.of()), kept.entries(List.of()), "total of " + what);
                    for (Dimension d : table) {
                        assertArrayEquals(live.entries(List.of(d)), kept.entries(List.of(d)), d + " of " + what);
                    }
                    assertArrayEquals(live.entries(table), kept.entries(table), what);
                    assertEquals(expected, kept.answer(q, all), "the published answer to " + q.describe() + " " + scope.describe());
                    questions++;
                }
            }
        }
        assertTrue(questions > 1500, "questions compared: " + questions);
    }

    @Test
    void aNewCaseCountsAfterTheRefreshNotBefore() throws SQLException {
        Snapshot before = StatisticsCells.refresh(db, Instant.parse("2026-12-04T11:00:00Z"));
        StatisticsScope jm = StatisticsScope.country(id("select id from country where code = 'JM'"), "JM");
        long victims = total(before, Subject.VICTIMS, jm);
        assertEquals(total(live(Subject.VICTIMS, jm, List.of())), victims, "the cells hold the live count when refreshed");
        long referrals = total(before, Subject.REFERRALS, StatisticsScope.allCountries());

        new CaseGenerator(db, new CaseGenerator.Options(400, 6L, 500, true, TODAY), null).run();
        long liveNow = total(live(Subject.VICTIMS, jm, List.of()));
        assertTrue(liveNow > victims, "the new cases have victims in Jamaica: " + liveNow + " > " + victims);
        assertEquals(Optional.of(before), StatisticsCells.latest(db), "no refresh yet: the same snapshot, as of its time");
        assertEquals(victims, total(before, Subject.VICTIMS, jm), "and the new victims are not counted before the refresh");

        Snapshot after = StatisticsCells.refresh(db, Instant.parse("2026-12-04T12:00:00Z"));
        assertEquals(Optional.of(after), StatisticsCells.latest(db));
        assertEquals(Instant.parse("2026-12-04T12:00:00Z"), after.asOf(), "figures as of the new refresh");
        assertEquals(liveNow, total(after, Subject.VICTIMS, jm), "the new victims count after the refresh");
        assertNotEquals(referrals, total(after, Subject.REFERRALS, StatisticsScope.allCountries()), "and the new referrals");
        // the snapshot before the newest one stays (a question that started on it finishes on it); older ones go
        assertEquals(victims, total(before, Subject.VICTIMS, jm));
        StatisticsCells.refresh(db, Instant.parse("2026-12-04T13:00:00Z"));
        assertEquals(0, count("select count(*) from statistics_cell where generation <= " + before.generation()));
        assertEquals(0, count("select count(*) from statistics_snapshot where generation <= " + before.generation()));
        assertTrue(count("select count(*) from statistics_cell where generation = " + after.generation()) > 0);
    }

    private static StatisticsTables tables(StatisticsQuery q, boolean all, List<String> countries,
            Function<List<Dimension>, List<Group>> database, boolean split) {
        return StatisticsTables.forQuestion(q, all, K, TODAY.getYear(), countries, database, split);
    }

    private static List<StatisticsQuery> questions(Subject subject, List<Dimension> dims, boolean all) {
        List<StatisticsQuery> out = new ArrayList<>();
        for (Dimension rows : dims) {
            out.add(new StatisticsQuery(subject, rows, null, null, null, null));
            for (Dimension columns : dims) {
                if (columns != rows) {
                    out.add(new StatisticsQuery(subject, rows, columns, null, null, null));
                }
            }
            if (all) {
                out.add(new StatisticsQuery(subject, rows, null, TODAY.getYear() - 3, TODAY.getYear() - 1, null));
                out.add(new StatisticsQuery(subject, rows, null, null, null, "JM"));
                out.add(new StatisticsQuery(subject, rows, Dimension.YEAR == rows ? null : Dimension.YEAR, null, null,
                        rows == Dimension.COUNTRY ? "BS" : null));
            }
        }
        return out;
    }

    /** Every country, each country with records or not (one without), and the agencies owning cases. */
    private static List<StatisticsScope> scopes() throws SQLException {
        List<StatisticsScope> scopes = new ArrayList<>();
        scopes.add(StatisticsScope.allCountries());
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id, code from country where code in"
                + " ('JM', 'BS', 'TT', 'GY', 'AI', 'CU') order by code")) {
            while (rs.next()) {
                scopes.add(StatisticsScope.country(rs.getLong(1), rs.getString(2)));
            }
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select a.id, k.id, k.code from agency a"
                + " join country k on k.id = a.country_id where a.id in (select owning_agency_id from case_file) order by a.id")) {
            int i = 0;
            while (rs.next()) {
                if (i++ % 4 == 0) {
                    scopes.add(StatisticsScope.agency(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return scopes;
    }

    private static List<Group> live(Subject subject, StatisticsScope scope, List<Dimension> dims) {
        try {
            return StatisticsCells.live(db, subject, scope, dims);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Group> kept(Snapshot snapshot, Subject subject, StatisticsScope scope, List<Dimension> dims) {
        try {
            return StatisticsCells.count(db, snapshot, subject, scope, dims);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long total(Snapshot snapshot, Subject subject, StatisticsScope scope) {
        return total(kept(snapshot, subject, scope, List.of()));
    }

    private static long total(List<Group> groups) {
        return groups.stream().mapToLong(Group::count).sum();
    }

    private static long id(String sql) throws SQLException {
        return count(sql);
    }

    private static long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
