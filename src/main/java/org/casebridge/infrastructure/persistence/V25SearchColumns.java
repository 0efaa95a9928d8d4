package org.casebridge.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.shared.SearchFolding;
import org.casebridge.domain.model.victim.Victim;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway V25 (issue 15): the case list's search ignores accents and capitals. Adds the folded copies
 * the search compares with, {@code victim.alias_search} and {@code case_file.identification_place_search}
 * (four times the length of the text they fold; no index: the search looks for the text anywhere in
 * them, which no B-tree index serves, as before), and fills them for the rows already there.
 *
 * <p>Written in Java because the folding is {@link SearchFolding}'s, the same Java code the entities use
 * when they store a value: neither H2 nor a PostgreSQL without the {@code unaccent} extension can fold
 * in SQL, and two implementations would disagree on some letter. The rows are first given
 * {@code lower(...)} in one statement each (right for plain ASCII text, most rows), then read once and
 * corrected where the folded text differs. Only columns are added to tables the application's role
 * already has rights on, so there is nothing to grant.
 */
public class V25SearchColumns implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("25");
    }

    @Override
    public String getDescription() {
        return "accent free search";
    }

    @Override
    public Integer getChecksum() {
        return 25_0001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement s = db.createStatement()) {
            s.execute("alter table victim add column alias_search varchar(" + Victim.ALIAS_SEARCH_MAX + ")");
            s.execute("alter table case_file add column identification_place_search varchar("
                    + CaseFile.IDENTIFICATION_PLACE_SEARCH_MAX + ")");
            s.executeUpdate("update victim set alias_search = lower(alias)");
            s.executeUpdate("update case_file set identification_place_search = lower(identification_place)"
                    + " where identification_place is not null");
        }
        fold(db, "victim", "alias", "alias_search", Victim.ALIAS_SEARCH_MAX);
        fold(db, "case_file", "identification_place", "identification_place_search", CaseFile.IDENTIFICATION_PLACE_SEARCH_MAX);
        try (Statement s = db.createStatement()) {
            s.execute("alter table victim alter column alias_search set not null");
        }
    }

    /** Rewrites {@code folded} where it is not {@code SearchFolding.fold(text)}; reads the table once. */
    private static void fold(Connection db, String table, String text, String folded, int max) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("select id, " + text + ", " + folded + " from " + table
                + " where " + text + " is not null");
                PreparedStatement write = db.prepareStatement("update " + table + " set " + folded + " = ? where id = ?")) {
            read.setFetchSize(1000);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String want = SearchFolding.fold(rows.getString(2), max);
                    if (!Objects.equals(want, rows.getString(3))) {
                        write.setString(1, want);
                        write.setLong(2, rows.getLong(1));
                        write.addBatch();
                        if (++pending == BATCH) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
