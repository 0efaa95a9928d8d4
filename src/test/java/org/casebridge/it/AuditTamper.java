package org.casebridge.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an attacker with the database owner's powers would do to the audit table: lift the
 * append-only trigger, change rows behind the application's back, and (for the next test) put the
 * rows back as they were. Used only by tests that prove the verifier notices.
 */
final class AuditTamper implements AutoCloseable {

    private final Connection c;

    AuditTamper() throws SQLException {
        c = TestDatabases.connect(CaseBridgeServer.DB);
        c.setAutoCommit(true);
        if (TestDatabases.postgres()) {
            execute("alter table audit_entry disable trigger audit_entry_append_only");
        } else {
            execute("drop trigger if exists audit_entry_append_only");
        }
    }

    Map<String, Object> row(long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select * from audit_entry where seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                return row;
            }
        }
    }

    List<Map<String, Object>> rowsFrom(long seq) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long s = seq; s <= maxSeq(); s++) {
            rows.add(row(s));
        }
        return rows;
    }

    long maxSeq() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select max(seq) from audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void set(long seq, String column, Object value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update audit_entry set " + column + " = ? where seq = ?")) {
            s.setObject(1, value);
            s.setLong(2, seq);
            s.executeUpdate();
        }
    }

    void delete(long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from audit_entry where seq = ?")) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }

    void deleteFrom(long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from audit_entry where seq >= ?")) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }

    /** Puts a saved row back exactly as it was (replacing whatever has that sequence number now). */
    void restore(Map<String, Object> row) throws SQLException {
        long seq = ((Number) row.get("seq")).longValue();
        delete(seq);
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (PreparedStatement s = c.prepareStatement("insert into audit_entry (" + columns + ") values (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                s.setObject(i++, value);
            }
            s.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Puts the trigger back on PostgreSQL. On H2 the trigger class can only be loaded inside the
     * application, not by H2's TCP server thread this connection uses, so the shared test server runs
     * on without it; AuditTrailIT proves the trigger on its own database.
     */
    @Override
    public void close() throws SQLException {
        try {
            if (TestDatabases.postgres()) {
                execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        } finally {
            c.close();
        }
    }
}
