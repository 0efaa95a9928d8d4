package org.casebridge.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit chain must reveal every kind of tampering with stored entries at the first entry touched,
 * and an attacker without the HMAC key must not be able to produce a chain that verifies.
 */
class AuditChainTest {

    private static final byte[] KEY = "the-real-audit-hmac-key-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "an-attackers-guess-at-the-audit-hmac-key!!".getBytes(StandardCharsets.UTF_8);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final int LENGTH = 10;

    private final AuditChain chain = new AuditChain(KEY);
    private final AuditChain forger = new AuditChain(OTHER_KEY);

    /** An entry as stored: what the verifier reads back from the database. */
    private record Stored(long sequence, Instant at, AuditRecord record, String previousHash, String hash) {
    }

    private static AuditRecord record(int n) {
        return new AuditRecord("cw" + n + "-jm", "caseworker", "JM-POLICE-TIP", "JM", "10.0.0." + n, "node-1",
                n % 2 == 0 ? AuditAction.VIEW : AuditAction.UPDATE, "case", "JM-2026-" + (100 + n), "JM",
                "1,2," + n, AuditOutcome.OK, "status=OPEN n=" + n);
    }

    private static Instant at(int n) {
        return START.plus(Duration.ofSeconds(n));
    }

    /** Chains the records from sequence 1 with the given key, as an attacker or the server would. */
    private static List<Stored> build(AuditChain with, List<AuditRecord> records, List<Instant> times) {
        List<Stored> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < records.size(); i++) {
            long sequence = i + 1;
            String hash = with.hash(sequence, times.get(i), records.get(i), previous);
            entries.add(new Stored(sequence, times.get(i), records.get(i), previous, hash));
            previous = hash;
        }
        return entries;
    }

    private List<Stored> intactChain() {
        List<AuditRecord> records = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (int n = 1; n <= LENGTH; n++) {
            records.add(record(n));
            times.add(at(n));
        }
        return build(chain, records, times);
    }

    private VerificationResult verify(List<Stored> entries) {
        AuditChain.Verifier verifier = chain.verifier(1, AuditChain.GENESIS);
        for (Stored e : entries) {
            verifier.accept(e.sequence(), e.at(), e.record(), e.previousHash(), e.hash());
        }
        return verifier.result();
    }

    private static void assertBrokenAt(long expected, VerificationResult result) {
        assertFalse(result.ok(), "tampering was not detected: " + result);
        assertEquals(expected, result.firstBadSequence(), result.toString());
        assertEquals(expected - 1, result.entriesChecked(), "entries before the break are good");
    }

    @Test
    void intactChainVerifies() {
        List<Stored> entries = intactChain();

        VerificationResult result = verify(entries);

        assertTrue(result.ok(), result.toString());
        assertEquals(LENGTH, result.entriesChecked());
        assertEquals(LENGTH, result.lastSequence());
        assertEquals(entries.get(LENGTH - 1).hash(), result.headHash());
    }

    @Test
    void verificationCanResumeFromALaterEntry() {
        List<Stored> entries = intactChain();
        AuditChain.Verifier verifier = chain.verifier(6, entries.get(4).hash());

        for (Stored e : entries.subList(5, LENGTH)) {
            assertTrue(verifier.accept(e.sequence(), e.at(), e.record(), e.previousHash(), e.hash()));
        }

        assertTrue(verifier.result().ok());
        assertEquals(5, verifier.result().entriesChecked());
    }

    static Stream<Arguments> fieldChanges() {
        return Stream.of(
                Arguments.of("username", (UnaryOperator<AuditRecord>) r -> copy(r, 0, "someone-else")),
                Arguments.of("roles", (UnaryOperator<AuditRecord>) r -> copy(r, 1, "caseworker,admin")),
                Arguments.of("agencyCode", (UnaryOperator<AuditRecord>) r -> copy(r, 2, "TT-POLICE")),
                Arguments.of("countryCode", (UnaryOperator<AuditRecord>) r -> copy(r, 3, "TT")),
                Arguments.of("clientAddress", (UnaryOperator<AuditRecord>) r -> copy(r, 4, "192.168.1.1")),
                Arguments.of("serverNode", (UnaryOperator<AuditRecord>) r -> copy(r, 5, "node-2")),
                Arguments.of("action", (UnaryOperator<AuditRecord>) r -> copy(r, 6,
                        r.action() == AuditAction.EXPORT ? AuditAction.VIEW : AuditAction.EXPORT)),
                Arguments.of("recordType", (UnaryOperator<AuditRecord>) r -> copy(r, 7, "referral")),
                Arguments.of("recordId", (UnaryOperator<AuditRecord>) r -> copy(r, 8, "JM-2026-999")),
                Arguments.of("recordCountry", (UnaryOperator<AuditRecord>) r -> copy(r, 9, "BB")),
                Arguments.of("shownIds", (UnaryOperator<AuditRecord>) r -> copy(r, 10, r.shownIds() + ",77")),
                Arguments.of("outcome", (UnaryOperator<AuditRecord>) r -> copy(r, 11, AuditOutcome.DENIED)),
                Arguments.of("detail", (UnaryOperator<AuditRecord>) r -> copy(r, 12, r.detail() + " ")),
                Arguments.of("username removed", (UnaryOperator<AuditRecord>) r -> copy(r, 0, null)),
                Arguments.of("detail emptied", (UnaryOperator<AuditRecord>) r -> copy(r, 12, "")));
    }

    /** The record with field {@code index} (in declaration order) replaced by {@code value}. */
    private static AuditRecord copy(AuditRecord r, int index, Object value) {
        Object[] f = {r.username(), r.roles(), r.agencyCode(), r.countryCode(), r.clientAddress(), r.serverNode(),
                r.action(), r.recordType(), r.recordId(), r.recordCountry(), r.shownIds(), r.outcome(), r.detail()};
        f[index] = value;
        return new AuditRecord((String) f[0], (String) f[1], (String) f[2], (String) f[3], (String) f[4],
                (String) f[5], (AuditAction) f[6], (String) f[7], (String) f[8], (String) f[9], (String) f[10],
                (AuditOutcome) f[11], (String) f[12]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldChanges")
    void changingAnyRecordFieldChangesTheHash(String field, UnaryOperator<AuditRecord> change) {
        AuditRecord original = record(3);
        AuditRecord changed = change.apply(original);

        assertNotEquals(original, changed, "the test must really change " + field);
        assertNotEquals(chain.hash(3, at(3), original, AuditChain.GENESIS),
                chain.hash(3, at(3), changed, AuditChain.GENESIS));
    }

    @Test
    void changingSequenceTimeOrPreviousHashChangesTheHash() {
        AuditRecord r = record(3);
        String previous = "a".repeat(64);
        String hash = chain.hash(3, at(3), r, previous);

        assertNotEquals(hash, chain.hash(4, at(3), r, previous));
        assertNotEquals(hash, chain.hash(3, at(3).plusNanos(1000), r, previous));
        assertNotEquals(hash, chain.hash(3, at(3), r, "b".repeat(64)));
    }

    @Test
    void movingTextBetweenAdjacentFieldsChangesTheHash() {
        AuditRecord a = new AuditRecord("ab", "c", null, null, null, null, AuditAction.VIEW, null, null, null, null,
                AuditOutcome.OK, null);
        AuditRecord b = new AuditRecord("a", "bc", null, null, null, null, AuditAction.VIEW, null, null, null, null,
                AuditOutcome.OK, null);

        assertNotEquals(chain.hash(1, at(1), a, AuditChain.GENESIS), chain.hash(1, at(1), b, AuditChain.GENESIS));
    }

    @Test
    void missingAndEmptyFieldsHashDifferently() {
        AuditRecord missing = copy(record(1), 12, null);
        AuditRecord empty = copy(record(1), 12, "");

        assertNotEquals(chain.hash(1, at(1), missing, AuditChain.GENESIS),
                chain.hash(1, at(1), empty, AuditChain.GENESIS));
    }

    @Test
    void sameInputsGiveTheSameHashAndAnotherKeyAnotherHash() {
        AuditRecord r = record(1);

        assertEquals(chain.hash(1, at(1), r, AuditChain.GENESIS),
                new AuditChain(KEY.clone()).hash(1, at(1), r, AuditChain.GENESIS));
        assertNotEquals(chain.hash(1, at(1), r, AuditChain.GENESIS), forger.hash(1, at(1), r, AuditChain.GENESIS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldChanges")
    void changedFieldIsReportedAtThatEntry(String field, UnaryOperator<AuditRecord> change) {
        List<Stored> entries = intactChain();
        Stored k = entries.get(3);
        entries.set(3, new Stored(k.sequence(), k.at(), change.apply(k.record()), k.previousHash(), k.hash()));

        assertBrokenAt(4, verify(entries));
    }

    @Test
    void changedTimeIsReportedAtThatEntry() {
        List<Stored> entries = intactChain();
        Stored k = entries.get(6);
        entries.set(6, new Stored(k.sequence(), k.at().minusSeconds(3600), k.record(), k.previousHash(), k.hash()));

        assertBrokenAt(7, verify(entries));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, LENGTH - 1})
    void deletedEntryIsReportedAtItsSequence(int k) {
        List<Stored> entries = intactChain();

        entries.remove(k - 1);

        assertBrokenAt(k, verify(entries));
    }

    @Test
    void cutOffTailVerifiesOnlyUpToTheEarlierHeadSoACheckpointCanRevealIt() {
        List<Stored> entries = intactChain();

        entries.remove(LENGTH - 1);

        VerificationResult result = verify(entries);
        assertTrue(result.ok());
        assertEquals(LENGTH - 1, result.lastSequence());
        assertNotEquals(intactChain().get(LENGTH - 1).hash(), result.headHash());
    }

    @Test
    void deletedEntryIsReportedEvenWhenTheFollowingEntriesAreRenumbered() {
        List<Stored> entries = intactChain();
        entries.remove(4);
        List<Stored> renumbered = new ArrayList<>();
        for (Stored e : entries) {
            renumbered.add(new Stored(renumbered.size() + 1, e.at(), e.record(), e.previousHash(), e.hash()));
        }

        assertBrokenAt(5, verify(renumbered));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, LENGTH - 1})
    void swappedEntriesAreReportedAtTheFirstOfThem(int k) {
        List<Stored> entries = intactChain();

        Collections.swap(entries, k - 1, k);

        assertBrokenAt(k, verify(entries));
    }

    @Test
    void swappedEntriesWithSwappedSequenceNumbersAreReportedAtTheFirstOfThem() {
        List<Stored> entries = intactChain();
        Stored a = entries.get(3);
        Stored b = entries.get(4);
        entries.set(3, new Stored(a.sequence(), b.at(), b.record(), b.previousHash(), b.hash()));
        entries.set(4, new Stored(b.sequence(), a.at(), a.record(), a.previousHash(), a.hash()));

        assertBrokenAt(4, verify(entries));
    }

    @Test
    void insertedEntryForgedWithAnotherKeyIsReportedWhereItWasInserted() {
        List<Stored> entries = intactChain();
        int k = 6;
        AuditRecord forgedRecord = new AuditRecord("admin", "admin", "JM-POLICE-TIP", "JM", "10.0.0.99", "node-1",
                AuditAction.EXPORT, "case", "JM-2026-555", "JM", null, AuditOutcome.OK, "covering=tracks");
        String previous = entries.get(k - 2).hash();
        Stored forged = new Stored(k, at(k).minusMillis(1), forgedRecord, previous,
                forger.hash(k, at(k).minusMillis(1), forgedRecord, previous));

        // Insert it and re-chain everything after it, as an attacker would, but without the real key.
        List<Stored> tampered = new ArrayList<>(entries.subList(0, k - 1));
        tampered.add(forged);
        String prev = forged.hash();
        for (Stored e : entries.subList(k - 1, LENGTH)) {
            long sequence = e.sequence() + 1;
            String hash = forger.hash(sequence, e.at(), e.record(), prev);
            tampered.add(new Stored(sequence, e.at(), e.record(), prev, hash));
            prev = hash;
        }

        assertBrokenAt(k, verify(tampered));
    }

    @Test
    void insertedEntryWithoutRenumberingIsReportedWhereItWasInserted() {
        List<Stored> entries = intactChain();
        int k = 3;
        AuditRecord forgedRecord = record(42);
        String previous = entries.get(k - 2).hash();
        entries.add(k - 1, new Stored(k, at(k), forgedRecord, previous, forger.hash(k, at(k), forgedRecord, previous)));

        assertBrokenAt(k, verify(entries));
    }

    @Test
    void chainRecomputedWithoutTheKeyIsReportedAtTheFirstEntry() {
        List<Stored> genuine = intactChain();
        List<Stored> recomputed = build(forger, genuine.stream().map(Stored::record).toList(),
                genuine.stream().map(Stored::at).toList());

        // Consistent in itself: it would verify under the forger's key...
        AuditChain.Verifier underForgersKey = forger.verifier(1, AuditChain.GENESIS);
        recomputed.forEach(e -> underForgersKey.accept(e.sequence(), e.at(), e.record(), e.previousHash(), e.hash()));
        assertTrue(underForgersKey.result().ok());
        // ...but not under the real one.
        assertBrokenAt(1, verify(recomputed));
    }

    @Test
    void changedEntryRechainedWithoutTheKeyIsReportedAtTheChangedEntry() {
        List<Stored> entries = intactChain();
        int k = 7;
        List<Stored> tampered = new ArrayList<>(entries.subList(0, k - 1));
        // Entry k is changed and links correctly to the genuine entry k-1; it and all later entries
        // are re-hashed, but with the wrong key.
        String prev = entries.get(k - 2).hash();
        for (Stored e : entries.subList(k - 1, LENGTH)) {
            AuditRecord r = e.sequence() == k ? copy(e.record(), 0, "innocent-user") : e.record();
            String hash = forger.hash(e.sequence(), e.at(), r, prev);
            tampered.add(new Stored(e.sequence(), e.at(), r, prev, hash));
            prev = hash;
        }

        assertBrokenAt(k, verify(tampered));
    }

    @Test
    void storedHashReplacedByARecomputationUnderAnotherKeyIsReportedAtThatEntry() {
        List<Stored> entries = intactChain();
        int k = 5;
        Stored e = entries.get(k - 1);
        String forgedHash = forger.hash(e.sequence(), e.at(), e.record(), e.previousHash());
        entries.set(k - 1, new Stored(e.sequence(), e.at(), e.record(), e.previousHash(), forgedHash));
        // The next entry is relinked to the forged hash so that only the key gives it away.
        Stored next = entries.get(k);
        entries.set(k, new Stored(next.sequence(), next.at(), next.record(), forgedHash,
                forger.hash(next.sequence(), next.at(), next.record(), forgedHash)));

        assertBrokenAt(k, verify(entries));
    }

    @Test
    void brokenPreviousHashLinkIsReportedAtThatEntry() {
        List<Stored> entries = intactChain();
        Stored e = entries.get(7);
        entries.set(7, new Stored(e.sequence(), e.at(), e.record(), "f".repeat(64), e.hash()));

        assertBrokenAt(8, verify(entries));
    }

    @Test
    void verifierStopsAtTheFirstBreak() {
        List<Stored> entries = intactChain();
        Stored e = entries.get(1);
        entries.set(1, new Stored(e.sequence(), e.at(), copy(e.record(), 0, "x"), e.previousHash(), e.hash()));
        AuditChain.Verifier verifier = chain.verifier(1, AuditChain.GENESIS);

        assertTrue(verifier.accept(1, entries.get(0).at(), entries.get(0).record(), entries.get(0).previousHash(),
                entries.get(0).hash()));
        assertFalse(verifier.accept(2, entries.get(1).at(), entries.get(1).record(), entries.get(1).previousHash(),
                entries.get(1).hash()));
        Stored third = entries.get(2);
        assertFalse(verifier.accept(3, third.at(), third.record(), third.previousHash(), third.hash()),
                "later good entries must not hide the break");
        assertBrokenAt(2, verifier.result());
    }

    @Test
    void timeWithNanosecondsHashesLikeTheMicrosecondValueTheDatabaseStores() {
        Instant precise = Instant.parse("2026-03-02T09:00:00.123456789Z");
        Instant stored = AuditChain.truncate(precise);
        AuditRecord r = record(1);

        assertEquals(Instant.parse("2026-03-02T09:00:00.123456Z"), stored);
        assertEquals(chain.hash(1, precise, r, AuditChain.GENESIS), chain.hash(1, stored, r, AuditChain.GENESIS));
    }

    @Test
    void chainWrittenWithNanosecondTimesVerifiesAfterTheDatabaseRoundTrip() {
        List<Stored> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int n = 1; n <= LENGTH; n++) {
            Instant precise = START.plusNanos(n * 1_000_001L + 7);
            String hash = chain.hash(n, precise, record(n), previous);
            entries.add(new Stored(n, AuditChain.truncate(precise), record(n), previous, hash));
            previous = hash;
        }

        assertTrue(verify(entries).ok());
    }

    @Test
    void shortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AuditChain(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new AuditChain(null));
    }
}
