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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditChain;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.audit.AuditRecord;
import org.casebridge.infrastructure.audit.AuditKeys;

/**
 * What an attacker with the database owner's powers would do to the audit table: lift the
 * append-only trigger and change rows behind the application's back. Use it with
 * try-with-resources: closing puts every row it touched back as it was and the trigger back in
 * place, on H2 and PostgreSQL, also when the test failed half-way, so that no later test runs on a
 * tampered chain or without the trigger.
 */
final class AuditTamper implements AutoCloseable {

    static final String TRIGGER = "audit_entry_append_only";
    static final String CHECKPOINT_TRIGGER = "audit_checkpoint_append_only";

    private final Connection c;
    /** The rows as they were before this tamper first touched them (empty: there was no such row). */
    private final Map<Long, Optional<Map<String, Object>>> originals = new LinkedHashMap<>();
    /** Checkpoint rows this tamper added (deleted again on close, before the deleted ones are put back). */
    private final List<Long> addedCheckpoints = new ArrayList<>();
    /** Checkpoint rows this tamper deleted (put back on close): seq, head hash, created at, signature. */
    private final List<Object[]> deletedCheckpoints = new ArrayList<>();
    /** The head row as it was before this tamper changed it (null: unchanged). */
    private long[] headSequence;
    private String headHash;

    AuditTamper() throws SQLException {
        this(CaseBridgeServer.DB);
    }

    /** Tampers with the audit tables of test database {@code db} (another server's, see {@link CaseBridgeServer#launch}). */
    AuditTamper(String db) throws SQLException {
        c = TestDatabases.connectAsOwner(db);
        try {
            c.setAutoCommit(true);
            if (TestDatabases.postgres()) {
                execute("alter table audit_entry disable trigger " + TRIGGER);
                execute("alter table audit_checkpoint disable trigger " + CHECKPOINT_TRIGGER);
            } else {
                execute("drop trigger if exists " + TRIGGER);
                execute("drop trigger if exists " + CHECKPOINT_TRIGGER);
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

    /** Stores a checkpoint row as anyone who may insert into audit_checkpoint could (removed on close). */
    void insertCheckpoint(long seq, String headHash, Instant createdAt, String signature) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into audit_checkpoint (seq, head_hash, created_at, signature) values (?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, headHash);
            s.setObject(3, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            s.setString(4, signature);
            s.executeUpdate();
        }
        addedCheckpoints.add(seq);
    }

    /** Deletes the stored checkpoint rows from {@code seq} on, as the database owner can (put back on close). */
    void deleteCheckpointsFrom(long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select seq, head_hash, created_at, signature from audit_checkpoint where seq >= ? order by seq")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    // a row this tamper added is simply gone; any other is put back on close
                    if (!addedCheckpoints.remove(Long.valueOf(rs.getLong(1)))) {
                        deletedCheckpoints.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3), rs.getString(4)});
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("delete from audit_checkpoint where seq >= ?")) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }

    /**
     * Cuts the chain after entry {@code keep} and sets the head row to it (to the start for 0), in
     * one transaction under the head lock, so that no entry the application appends meanwhile (the
     * checkpoint timer's alarm, say) lands between the cut and the head and collides later.
     */
    void cutTail(long keep) throws SQLException {
        c.setAutoCommit(false);
        try {
            Object[] head = lockHead();
            if (headSequence == null) {
                headSequence = new long[] {(Long) head[0]};
                headHash = (String) head[1];
            }
            String keptHash = keep == 0 ? "0".repeat(64) : (String) row(keep).get("entry_hash");
            deleteFrom(keep + 1);
            setHead(keep, keptHash);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The head row: last sequence and hash. */
    Object[] head() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select last_seq, last_hash from audit_head")) {
            rs.next();
            return new Object[] {rs.getLong(1), rs.getString(2)};
        }
    }

    /**
     * What an insider holding the HMAC key does: changes {@code column} of entry {@code from} and
     * recomputes every hash from there to the head, and the head row, under the head lock so that
     * no entry is appended meanwhile. The chain then verifies on its own; only checkpoints contradict it.
     */
    void rewriteWithKey(long from, String column, Object value, AuditChain chain) throws SQLException {
        c.setAutoCommit(false);
        try {
            Object[] head = lockHead();
            if (headSequence == null) {
                headSequence = new long[] {(Long) head[0]};
                headHash = (String) head[1];
            }
            for (long s = from; s <= maxSeq(); s++) {
                remember(s);
            }
            set(from, column, value);
            String previous = (String) row(from).get("prev_hash");
            long last = maxSeq();
            for (long s = from; s <= last; s++) {
                previous = relink(chain, s, previous);
            }
            setHead(last, previous);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * After the rows are back, the entries the application appended meanwhile link to the forged
     * head: relink them with the test key and set the head row to the end of the chain (in the
     * caller's transaction, under the head lock).
     */
    private void rechainAfterRestore() throws SQLException {
        AuditChain chain = new AuditChain(AuditKeys.hmac(TestSettings.HMAC_KEY));
        long restoredEnd = originals.keySet().stream().mapToLong(Long::longValue).max().orElse(headSequence[0]);
        String previous = (String) row(restoredEnd).get("entry_hash");
        long last = maxSeq();
        for (long s = restoredEnd + 1; s <= last; s++) {
            previous = relink(chain, s, previous);
        }
        setHead(last, previous);
    }

    private Object[] lockHead() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select last_seq, last_hash from audit_head where id = 1 for update")) {
            rs.next();
            return new Object[] {rs.getLong(1), rs.getString(2)};
        }
    }

    private void setHead(long seq, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update audit_head set last_seq = ?, last_hash = ? where id = 1")) {
            s.setLong(1, seq);
            s.setString(2, hash);
            s.executeUpdate();
        }
    }

    /** Gives entry {@code seq} the previous hash and recomputes its own; returns it. */
    private String relink(AuditChain chain, long seq, String previous) throws SQLException {
        Map<String, Object> r = row(seq);
        AuditRecord record = new AuditRecord(str(r, "username"), str(r, "roles"), str(r, "agency_code"),
                str(r, "country_code"), str(r, "client_address"), str(r, "server_node"),
                AuditAction.valueOf(str(r, "action")), str(r, "record_type"), str(r, "record_id"),
                str(r, "record_country"), str(r, "shown_ids"), AuditOutcome.valueOf(str(r, "outcome")),
                str(r, "detail"));
        String hash = chain.hash(seq, instant(r.get("occurred_at")), record, previous);
        try (PreparedStatement s = c.prepareStatement("update audit_entry set prev_hash = ?, entry_hash = ? where seq = ?")) {
            s.setString(1, previous);
            s.setString(2, hash);
            s.setLong(3, seq);
            s.executeUpdate();
        }
        return hash;
    }

    private static String str(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? null : v.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        return (Instant) value;
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

    /**
     * Puts back every row touched and the head, in one transaction under the head lock so that the
     * application appends nothing meanwhile; then the triggers, then closes the connection, whatever
     * fails on the way.
     */
    @Override
    public void close() throws SQLException {
        try {
            try {
                c.setAutoCommit(false);
                lockHead();
                for (Map.Entry<Long, Optional<Map<String, Object>>> original : originals.entrySet()) {
                    try (PreparedStatement s = c.prepareStatement("delete from audit_entry where seq = ?")) {
                        s.setLong(1, original.getKey());
                        s.executeUpdate();
                    }
                    if (original.getValue().isPresent()) {
                        insert(original.getValue().get());
                    }
                }
                for (Long seq : addedCheckpoints) {
                    try (PreparedStatement s = c.prepareStatement("delete from audit_checkpoint where seq = ?")) {
                        s.setLong(1, seq);
                        s.executeUpdate();
                    }
                }
                for (Object[] row : deletedCheckpoints) {
                    try (PreparedStatement s = c.prepareStatement("insert into audit_checkpoint"
                            + " (seq, head_hash, created_at, signature) values (?, ?, ?, ?)")) {
                        for (int i = 0; i < row.length; i++) {
                            s.setObject(i + 1, row[i]);
                        }
                        s.executeUpdate();
                    }
                }
                if (headSequence != null) {
                    rechainAfterRestore();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                if (TestDatabases.postgres()) {
                    execute("alter table audit_entry enable trigger " + TRIGGER);
                    execute("alter table audit_checkpoint enable trigger " + CHECKPOINT_TRIGGER);
                } else {
                    execute(h2TriggerDefinition(TRIGGER));
                    execute(h2TriggerDefinition(CHECKPOINT_TRIGGER));
                }
            }
        } finally {
            c.close();
        }
    }

    /** The H2 trigger of audit_entry exactly as the migration creates it. */
    static String h2TriggerDefinition() {
        return h2TriggerDefinition(TRIGGER);
    }

    /** An H2 trigger exactly as the migration creates it. */
    static String h2TriggerDefinition(String trigger) {
        String resource = "db/vendor/h2/V4__audit_append_only.sql";
        try (InputStream in = AuditTamper.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(sql.split(";")).map(String::strip)
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip())
                    .filter(s -> s.startsWith("create trigger " + trigger + " ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(resource + " defines no " + trigger));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
