package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL with the documented roles (.ci/run: an owner that migrates, an application role that
 * owns nothing): every table and sequence the migrations created is usable by the application role,
 * which may only read and append the audit trail. A migration that forgets a table's grants fails here.
 */
class DatabaseGrantsIT {

    @Test
    void theApplicationRoleMayUseEveryTableAndOnlyAppendToTheAuditTrail() throws SQLException {
        assumeTrue(TestDatabases.separateOwner(), "runs on PostgreSQL with casebridge.test.pg.owner set (.ci/run)");
        CaseBridgeServer.get();
        String app = TestDatabases.user();
        try (Connection c = TestDatabases.connectAsOwner(CaseBridgeServer.DB)) {
            List<String> tables = names(c, "select tablename from pg_tables where schemaname = 'public' order by 1");
            assertFalse(tables.isEmpty());
            List<String> withoutSelect = new ArrayList<>();
            for (String table : tables) {
                if (!privilege(c, app, table, "SELECT")) {
                    withoutSelect.add(table);
                }
            }
            assertEquals(List.of(), withoutSelect, "tables the application role cannot read");
            List<String> withoutUsage = new ArrayList<>();
            for (String sequence : names(c, "select sequencename from pg_sequences where schemaname = 'public'")) {
                if (!sequencePrivilege(c, app, sequence)) {
                    withoutUsage.add(sequence);
                }
            }
            assertEquals(List.of(), withoutUsage, "sequences the application role cannot use");
            for (String audit : List.of("audit_entry", "audit_checkpoint", "audit_witnessed_checkpoint", "audit_witness_delivery",
                    "audit_checkpoint_witness")) {
                for (String forbidden : List.of("UPDATE", "DELETE", "TRUNCATE")) {
                    assertFalse(privilege(c, app, audit, forbidden), app + " may " + forbidden + " " + audit);
                }
            }
            assertFalse(privilege(c, app, "audit_head", "DELETE"), "the head row cannot be deleted by the application");
            assertEquals(List.of(), names(c, "select tablename from pg_tables where schemaname = 'public' and tableowner = '"
                    + app + "'"), "the application role owns nothing, so it cannot lift the append-only triggers");
        }
    }

    private static boolean privilege(Connection c, String role, String table, String privilege) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select has_table_privilege(?, ?, ?)")) {
            s.setString(1, role);
            s.setString(2, "public." + table);
            s.setString(3, privilege);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static boolean sequencePrivilege(Connection c, String role, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select has_sequence_privilege(?, ?, 'USAGE')")) {
            s.setString(1, role);
            s.setString(2, "public." + sequence);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
