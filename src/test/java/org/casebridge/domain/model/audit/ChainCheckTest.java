package org.casebridge.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casebridge.domain.model.shared.Message;
import org.junit.jupiter.api.Test;

/**
 * A verification holds the chain against every checkpoint it is given, not only the newest, and
 * reports a checkpoint whose signature fails and an entry that cannot be read at their own sequence.
 */
class ChainCheckTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private final AuditChain chain = new AuditChain("the-real-audit-hmac-key-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8));
    private final KeyPair signing = keys();
    private final KeyPair other = keys();

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditRecord record(int n, String detail) {
        return new AuditRecord("cw" + n, "caseworker", "JM-POLICE", "JM", null, "node", AuditAction.VIEW, "case",
                "id-" + n, "JM", null, AuditOutcome.OK, detail);
    }

    /** Entries 1..length chained with the key; entries from {@code rewriteFrom} on carry another detail (a rewrite with the key). */
    private List<AuditEntry> entries(int length, int rewriteFrom) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditRecord r = record(i, i >= rewriteFrom ? "rewritten" : "original");
            Instant at = START.plus(Duration.ofSeconds(i));
            String hash = chain.hash(i, at, r, previous);
            entries.add(new AuditEntry(i, at, r, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private AuditCheckpoint checkpoint(List<AuditEntry> entries, long seq, KeyPair by) {
        return AuditCheckpoint.sign(seq, entries.get((int) seq - 1).getEntryHash(), START, by.getPrivate());
    }

    private static VerificationResult run(ChainCheck check, List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            if (e.getSequence() > check.startAfter() && !check.test(e)) {
                break;
            }
        }
        return check.result();
    }

    @Test
    void anOlderCheckpointContradictingARewriteBreaksTheChainThoughTheNewestAgrees() {
        List<AuditEntry> original = entries(10, Integer.MAX_VALUE);
        List<AuditEntry> rewritten = entries(10, 4);
        AuditCheckpoint older = checkpoint(original, 5, signing);
        AuditCheckpoint newest = checkpoint(rewritten, 10, signing);

        assertTrue(run(ChainCheck.whole(chain, List.of(newest), signing.getPublic()), rewritten).ok(),
                "the newest checkpoint alone is fooled");
        VerificationResult both = run(ChainCheck.whole(chain, List.of(newest, older), signing.getPublic()), rewritten);
        assertFalse(both.ok());
        assertEquals(5L, both.firstBadSequence(), both.toString());
        assertTrue(run(ChainCheck.whole(chain, List.of(older, checkpoint(original, 10, signing)), signing.getPublic()),
                original).ok());
    }

    @Test
    void aCheckpointWithABadSignatureIsReportedAtItsSequenceAndNotTrusted() {
        List<AuditEntry> entries = entries(10, Integer.MAX_VALUE);
        AuditCheckpoint forged = checkpoint(entries, 7, other);
        VerificationResult result = run(ChainCheck.whole(chain, List.of(checkpoint(entries, 3, signing), forged),
                signing.getPublic()), entries);
        assertFalse(result.ok());
        assertEquals(7L, result.firstBadSequence());
        assertTrue(result.reason().contains("signature"), result.reason());
        assertEquals(Message.of("audit.chain.badSignature", 7L), result.why(), "the screens' key, with the sequence");
    }

    @Test
    void aChainCutBeforeTheHighestCheckpointIsTruncated() {
        List<AuditEntry> entries = entries(10, Integer.MAX_VALUE);
        VerificationResult result = run(ChainCheck.whole(chain, List.of(checkpoint(entries, 3, signing),
                checkpoint(entries, 9, signing)), signing.getPublic()), entries.subList(0, 6));
        assertFalse(result.ok());
        assertEquals(7L, result.firstBadSequence());
        assertEquals("truncated after checkpoint 9: the chain ends at sequence 6", result.reason(), "the verifier CLI's English");
        assertEquals(Message.of("audit.chain.endsAt", 9L, 6L), result.why());
    }

    @Test
    void fromACheckpointTheLaterOnesAreCheckedToo() {
        List<AuditEntry> original = entries(10, Integer.MAX_VALUE);
        List<AuditEntry> rewritten = entries(10, 6);
        VerificationResult result = run(ChainCheck.from(chain, checkpoint(original, 4, signing),
                List.of(checkpoint(original, 8, signing)), signing.getPublic()), rewritten);
        assertFalse(result.ok());
        assertEquals(8L, result.firstBadSequence());
        assertTrue(run(ChainCheck.from(chain, checkpoint(original, 4, signing), List.of(checkpoint(original, 8, signing)),
                signing.getPublic()), original).ok());
    }

    @Test
    void anEntryWhoseActionCannotBeReadIsBrokenAtItsOwnSequence() throws Exception {
        List<AuditEntry> entries = entries(10, Integer.MAX_VALUE);
        Field action = AuditEntry.class.getDeclaredField("action");
        action.setAccessible(true);
        action.set(entries.get(5), StoredCodes.read(AuditAction.class, "NOT_AN_ACTION"));
        VerificationResult result = run(ChainCheck.whole(chain, List.of(), signing.getPublic()), entries);
        assertFalse(result.ok());
        assertEquals(6L, result.firstBadSequence());
        assertEquals(5L, result.entriesChecked());
    }

    @Test
    void anUnknownStoredCodeReadsAsNullAndAKnownOneAsItself() {
        assertEquals(null, new StoredCodes.Action().convertToEntityAttribute("NOT_AN_ACTION"));
        assertEquals(AuditAction.ALARM, new StoredCodes.Action().convertToEntityAttribute("ALARM"));
        assertEquals(null, new StoredCodes.Outcome().convertToEntityAttribute("MAYBE"));
        assertEquals("DENIED", new StoredCodes.Outcome().convertToDatabaseColumn(AuditOutcome.DENIED));
    }
}
