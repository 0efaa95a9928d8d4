package org.casebridge.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tamper-evident chain over audit entries. Each entry's hash is an HMAC-SHA256, keyed with a
 * secret kept outside the database, over a canonical encoding of the previous entry's hash, the
 * sequence number, the time and every field in a fixed order. Changing, deleting, inserting or
 * reordering an entry breaks the chain at that point; without the key it cannot be recomputed.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final byte[] key;

    public AuditChain(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("the audit HMAC key must be at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** Audit times are kept to the microsecond, as both databases store them. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public String hash(long sequence, Instant occurredAt, AuditRecord r, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, "v1");
        field(canonical, previousHash);
        field(canonical, Long.toString(sequence));
        field(canonical, truncate(occurredAt).toString());
        field(canonical, r.username());
        field(canonical, r.roles());
        field(canonical, r.agencyCode());
        field(canonical, r.countryCode());
        field(canonical, r.clientAddress());
        field(canonical, r.serverNode());
        field(canonical, r.action().name());
        field(canonical, r.recordType());
        field(canonical, r.recordId());
        field(canonical, r.recordCountry());
        field(canonical, r.shownIds());
        field(canonical, r.outcome().name());
        field(canonical, r.detail());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Length-prefixed, so that no choice of field values can produce the encoding of other values. */
    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-;");
        } else {
            sb.append(value.length()).append(':').append(value).append(';');
        }
    }

    /**
     * Walks entries in sequence order and reports the first break. Feed entries with {@link #accept}
     * and read {@link #result()} at the end.
     */
    public Verifier verifier(long expectedFirstSequence, String expectedPreviousHash) {
        return new Verifier(expectedFirstSequence, expectedPreviousHash);
    }

    public final class Verifier {
        private long expectedSequence;
        private String previousHash;
        private long checked;
        private VerificationResult failure;

        private Verifier(long firstSequence, String previousHash) {
            this.expectedSequence = firstSequence;
            this.previousHash = previousHash;
        }

        /** Returns false once a break was found (further entries are ignored). */
        public boolean accept(long sequence, Instant occurredAt, AuditRecord record, String storedPrevious,
                String storedHash) {
            if (failure != null) {
                return false;
            }
            if (sequence != expectedSequence) {
                failure = VerificationResult.broken(expectedSequence, sequence > expectedSequence
                        ? ChainFault.MISSING : ChainFault.OUT_OF_ORDER, checked, sequence);
                return false;
            }
            if (!MessageDigest.isEqual(bytes(storedPrevious), bytes(previousHash))) {
                failure = VerificationResult.broken(sequence, ChainFault.LINK, checked);
                return false;
            }
            String recomputed = hash(sequence, occurredAt, record, storedPrevious);
            if (!MessageDigest.isEqual(bytes(recomputed), bytes(storedHash))) {
                failure = VerificationResult.broken(sequence, ChainFault.HASH, checked);
                return false;
            }
            previousHash = storedHash;
            expectedSequence++;
            checked++;
            return true;
        }

        public long lastSequence() {
            return expectedSequence - 1;
        }

        public String headHash() {
            return previousHash;
        }

        public VerificationResult result() {
            return failure != null ? failure : VerificationResult.ok(checked, expectedSequence - 1, previousHash);
        }

        private byte[] bytes(String s) {
            return s == null ? new byte[0] : s.getBytes(StandardCharsets.US_ASCII);
        }
    }
}
