package org.casebridge.infrastructure.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.infrastructure.CommandLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditChain;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.audit.AuditRecord;
import org.casebridge.domain.model.audit.ChainCheck;
import org.casebridge.domain.model.audit.ChainFault;
import org.casebridge.domain.model.audit.VerificationResult;

/**
 * The audit chain verifier for operators, outside the application: reads {@code audit_entry} over
 * plain JDBC in sequence order and checks it with the same {@link ChainCheck} the application uses,
 * optionally against a signed checkpoint kept off the server. Prints only sequence numbers and
 * hashes, never an entry's content. Exit status 0 when intact, 1 when broken, 2 for usage or
 * connection errors. See docs/operations.md.
 */
public final class AuditVerifierCli {

    static final String USAGE = """
            Usage: AuditVerifierCli [--url JDBC_URL] [--user USER] [--password PASSWORD]
                                    [--checkpoint FILE|DIR] [--public-key BASE64] [--from-checkpoint] [--demo]
              --url, --user, --password  the database (default: env CASEBRIDGE_DB_URL, CASEBRIDGE_DB_USER,
                                         CASEBRIDGE_DB_PASSWORD)
              --checkpoint FILE|DIR      a checkpoint as from GET /api/audit/checkpoints/latest, a file of several
                                         (a witness's copy, GET /api/audit/witness/sources/NAME/checkpoints on the
                                         witness), or a directory of such files (*.json, e.g. the published
                                         checkpoints); the chain must reach each with the same hash
              --public-key BASE64        the key that must have signed them (default: the publicKey in a file);
                                         the checkpoints stored in the database are checked with it too
              --from-checkpoint          check only from the oldest given checkpoint on, not the whole chain
              --demo                     use the published demo HMAC key when CASEBRIDGE_AUDIT_HMAC_KEY is not set
            The HMAC key comes from env CASEBRIDGE_AUDIT_HMAC_KEY, as configured for the application.
            Exit status: 0 intact, 1 broken, 2 usage or connection error.""";

    private static final int FETCH = 1000;
    private static final String SELECT = "select seq, occurred_at, username, roles, agency_code, country_code,"
            + " client_address, server_node, action, record_type, record_id, record_country, shown_ids, outcome,"
            + " detail, prev_hash, entry_hash from audit_entry where seq > ? order by seq";

    private AuditVerifierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the verifier; returns the exit status. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args, Set.of("--demo", "--from-checkpoint"),
                Set.of("--checkpoint", "--public-key"), USAGE, out, err);
        if (line.exitStatus() != null) {
            return line.exitStatus();
        }
        boolean demo = line.has("--demo");
        boolean fromCheckpoint = line.has("--from-checkpoint");
        CommandLine.Database database = line.database(env);
        if (database.missing()) {
            return usage(err, "give the database with --url or CASEBRIDGE_DB_URL");
        }
        String hmac = env.get("CASEBRIDGE_AUDIT_HMAC_KEY");
        if ((hmac == null || hmac.isBlank()) && !demo) {
            return usage(err, "set CASEBRIDGE_AUDIT_HMAC_KEY (or pass --demo for a demo database)");
        }
        if (fromCheckpoint && !line.has("--checkpoint")) {
            return usage(err, "--from-checkpoint needs --checkpoint FILE");
        }
        AuditChain chain;
        List<AuditCheckpoint> given = new ArrayList<>();
        PublicKey key = null;
        try {
            chain = new AuditChain(AuditKeys.hmac(hmac == null || hmac.isBlank() ? AuditKeys.DEMO_HMAC : hmac));
            String encodedKey = line.value("--public-key", null);
            if (line.has("--checkpoint")) {
                for (Path file : checkpointFiles(Path.of(line.value("--checkpoint", null)))) {
                    for (Map<String, String> json : checkpointObjects(Files.readString(file, StandardCharsets.UTF_8))) {
                        given.add(new AuditCheckpoint(Long.parseLong(required(json, "sequence")),
                                required(json, "headHash"), Instant.parse(required(json, "createdAt")),
                                required(json, "signature")));
                        if (encodedKey == null) {
                            encodedKey = json.get("publicKey");
                        }
                    }
                }
                if (given.isEmpty()) {
                    return usage(err, "no checkpoint file (*.json) in " + line.value("--checkpoint", null));
                }
                if (encodedKey == null) {
                    return usage(err, "the checkpoint file has no publicKey; give --public-key");
                }
                if (!line.has("--public-key")) {
                    err.println("Note: the signature is checked with the public key in the checkpoint file;"
                            + " pass --public-key to pin the key you trust.");
                }
            }
            if (encodedKey != null) {
                key = KeyFactory.getInstance("Ed25519")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encodedKey.trim())));
            }
        } catch (IOException e) {
            return usage(err, "cannot read the checkpoint file: " + e.getClass().getSimpleName());
        } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException
                | GeneralSecurityException e) {
            return usage(err, "bad key or checkpoint: " + e.getMessage());
        }
        ChainCheck check;
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            List<AuditCheckpoint> all = new ArrayList<>(given);
            if (key != null) {
                all.addAll(storedCheckpoints(db));
            } else {
                err.println("Note: the checkpoints stored in the database are not checked; give --public-key.");
            }
            if (fromCheckpoint) {
                AuditCheckpoint oldest = given.stream().min(Comparator.comparingLong(AuditCheckpoint::getSequence))
                        .orElseThrow();
                all.remove(oldest);
                check = ChainCheck.from(chain, oldest, all, key);
            } else {
                check = ChainCheck.whole(chain, all, key);
            }
            walk(db, check);
        } catch (SQLException e) {
            err.println("Cannot read the audit log: " + e.getClass().getSimpleName() + " (SQL state " + e.getSQLState()
                    + ")");
            return 2;
        }
        VerificationResult result = check.result();
        if (result.ok()) {
            out.println("OK: " + result.entriesChecked() + " entries, last sequence " + result.lastSequence() + ", head "
                    + result.headHash());
            return 0;
        }
        out.println("BROKEN at sequence " + result.firstBadSequence() + ": " + result.reason());
        return 1;
    }

    /** Streams the entries after {@code check.startAfter()} in sequence order into the check. */
    static void walk(Connection db, ChainCheck check) throws SQLException {
        db.setReadOnly(true);
        db.setAutoCommit(false);
        try (PreparedStatement select = db.prepareStatement(SELECT, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            select.setFetchSize(FETCH);
            select.setLong(1, check.startAfter());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry;
                    try {
                        entry = entry(rs);
                    } catch (IllegalArgumentException | NullPointerException invalid) {
                        check.unreadableAt(rs.getLong("seq"), ChainFault.CHANGED);
                        break;
                    }
                    if (!check.test(entry)) {
                        break;
                    }
                }
            }
        } finally {
            db.rollback();
        }
    }

    /** A file, or every {@code *.json} file of a directory (published checkpoints). */
    static List<Path> checkpointFiles(Path fileOrDirectory) throws IOException {
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> files = Files.list(fileOrDirectory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted()
                    .toList();
        }
    }

    /** The checkpoint rows stored in the database, as they are (their signatures are checked by the walk). */
    static List<AuditCheckpoint> storedCheckpoints(Connection db) throws SQLException {
        List<AuditCheckpoint> stored = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "select seq, head_hash, created_at, signature from audit_checkpoint order by seq");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                stored.add(new AuditCheckpoint(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
            }
        }
        return stored;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        AuditRecord record = new AuditRecord(rs.getString("username"), rs.getString("roles"),
                rs.getString("agency_code"), rs.getString("country_code"), rs.getString("client_address"),
                rs.getString("server_node"), AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("record_country"), rs.getString("shown_ids"),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"));
        Instant at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
        return new AuditEntry(rs.getLong("seq"), at, record, rs.getString("prev_hash"), rs.getString("entry_hash"));
    }

    private static final Pattern MEMBER = Pattern.compile(
            "\"([A-Za-z]+)\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?[0-9]+))");

    private static final Pattern FLAT_OBJECT = Pattern.compile("\\{[^{}]*\\}");

    /**
     * The checkpoints in one file: a file holding one checkpoint object, or any JSON holding several
     * (a witness's copy from GET /api/audit/witness/sources/NAME/checkpoints, an array of exports):
     * every innermost object that has a sequence.
     */
    static List<Map<String, String>> checkpointObjects(String text) {
        List<Map<String, String>> objects = new ArrayList<>();
        Matcher m = FLAT_OBJECT.matcher(text);
        while (m.find()) {
            Map<String, String> json = flatJson(m.group());
            if (json.containsKey("sequence")) {
                objects.add(json);
            }
        }
        if (objects.isEmpty()) {
            objects.add(flatJson(text));
        }
        return objects;
    }

    /** The string and integer members of a flat JSON object (all a checkpoint has). */
    static Map<String, String> flatJson(String text) {
        Map<String, String> members = new HashMap<>();
        Matcher m = MEMBER.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\")
                    : m.group(3);
            members.putIfAbsent(m.group(1), value);
        }
        return members;
    }

    private static String required(Map<String, String> json, String name) {
        String value = json.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the checkpoint has no " + name);
        }
        return value;
    }

    private static int usage(PrintStream err, String problem) {
        return CommandLine.usage(err, USAGE, problem);
    }
}
