package org.casebridge.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an attacker with the database owner's powers would do to the audit table: lift the
 * append-only trigger and change rows behind the application's back. Use it with
 * try-with-resources: closing puts every row it touched back as it was and the trigger back in
 * place, on H2 and PostgreSQL, also when the test failed half-way, so that no later test runs on a
 * tampered chain or without the trigger.
 */
final class AuditTamper implements AutoCloseable {

    static final String TRIGGER = "audit_entry_append_only";

    private final Connection c;
    /** The rows as they were before this tamper first touched them (empty: there was no such row). */
    private final Map<Long, Optional<Map<String, Object>>> originals = new LinkedHashMap<>();

    AuditTamper() throws SQLException {
        c = TestDatabases.connect(CaseBridgeServer.DB);
        try {
            c.setAutoCommit(true);
            if (TestDatabases.postgres()) {
                execute("alter table audit_entry disable trigger " + TRIGGER);
            } else {
                execute("drop trigger if exists " + TRIGGER);
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    Map<String, Object> row(long seq) throws SQLException {
        return find(seq).orElseThrow(() -> new SQLException("no audit entry " + seq));
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
        remember(seq);
        try (PreparedStatement s = c.prepareStatement("update audit_entry set " + column + " = ? where seq = ?")) {
            s.setObject(1, value);
            s.setLong(2, seq);
            s.executeUpdate();
        }
    }

    void delete(long seq) throws SQLException {
        remember(seq);
        try (PreparedStatement s = c.prepareStatement("delete from audit_entry where seq = ?")) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }

    void deleteFrom(long seq) throws SQLException {
        for (long s = seq; s <= maxSeq(); s++) {
            remember(s);
        }
        try (PreparedStatement s = c.prepareStatement("delete from audit_entry where seq >= ?")) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }

    /** Puts a row in place exactly as given (replacing whatever has that sequence number now). */
    void restore(Map<String, Object> row) throws SQLException {
        long seq = ((Number) row.get("seq")).longValue();
        delete(seq);
        insert(row);
    }

    private void remember(long seq) throws SQLException {
        if (!originals.containsKey(seq)) {
            originals.put(seq, find(seq));
        }
    }

    private Optional<Map<String, Object>> find(long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select * from audit_entry where seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                return Optional.of(row);
            }
        }
    }

    private void insert(Map<String, Object> row) throws SQLException {
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

    /** Puts back every row touched, then the trigger, then closes the connection, whatever fails on the way. */
    @Override
    public void close() throws SQLException {
        try {
            try {
                for (Map.Entry<Long, Optional<Map<String, Object>>> original : originals.entrySet()) {
                    try (PreparedStatement s = c.prepareStatement("delete from audit_entry where seq = ?")) {
                        s.setLong(1, original.getKey());
                        s.executeUpdate();
                    }
                    if (original.getValue().isPresent()) {
                        insert(original.getValue().get());
                    }
                }
            } finally {
                if (TestDatabases.postgres()) {
                    execute("alter table audit_entry enable trigger " + TRIGGER);
                } else {
                    execute(h2TriggerDefinition());
                }
            }
        } finally {
            c.close();
        }
    }

    /** The H2 trigger exactly as the migration creates it. */
    static String h2TriggerDefinition() {
        String resource = "db/vendor/h2/V4__audit_append_only.sql";
        try (InputStream in = AuditTamper.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(sql.split(";")).map(String::strip)
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip())
                    .filter(s -> s.startsWith("create trigger " + TRIGGER + " ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(resource + " defines no " + TRIGGER));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
