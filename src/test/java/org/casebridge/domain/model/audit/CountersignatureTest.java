package org.casebridge.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A witness's countersignature binds the source's key, the checkpoint as seen and when it was recorded. */
class CountersignatureTest {

    private final KeyPair source = ed25519();
    private final KeyPair witness = ed25519();
    private final AuditCheckpoint checkpoint = AuditCheckpoint.sign(120, "ab".repeat(32),
            Instant.parse("2026-12-03T08:00:00Z"), source.getPrivate());
    private final Instant seen = Instant.parse("2026-12-03T08:05:00.123456Z");

    @Test
    void aCountersignatureVerifiesWithTheWitnessKeyOverExactlyWhatItSaw() {
        String c = Countersignature.sign(source.getPublic(), checkpoint, seen, witness.getPrivate());
        assertTrue(Countersignature.verify(source.getPublic(), checkpoint, seen, c, witness.getPublic()));
        AuditCheckpoint otherHash = new AuditCheckpoint(120, "cd".repeat(32), checkpoint.getCreatedAt(),
                checkpoint.getSignature());
        assertFalse(Countersignature.verify(source.getPublic(), otherHash, seen, c, witness.getPublic()), "another head hash");
        assertFalse(Countersignature.verify(witness.getPublic(), checkpoint, seen, c, witness.getPublic()), "another source");
        assertFalse(Countersignature.verify(source.getPublic(), checkpoint, seen.plusSeconds(1), c, witness.getPublic()),
                "another time");
        assertFalse(Countersignature.verify(source.getPublic(), checkpoint, seen, c, source.getPublic()), "another witness");
        assertFalse(Countersignature.verify(source.getPublic(), checkpoint, seen, "not base64!", witness.getPublic()));
    }

    @Test
    void keysTravelAsBase64AndAreKnownByAShortId() {
        String encoded = Ed25519.encode(source.getPublic());
        assertArrayEquals(source.getPublic().getEncoded(), Ed25519.publicKey(encoded).getEncoded());
        assertEquals(16, Ed25519.keyId(source.getPublic()).length());
        assertTrue(Ed25519.fingerprint(source.getPublic()).startsWith(Ed25519.keyId(source.getPublic())));
        assertThrows(IllegalArgumentException.class, () -> Ed25519.publicKey("bm90IGEga2V5"));
    }

    @Test
    void configuredEntriesAreNameEqualsValueWithASafeName() {
        assertArrayEquals(new String[] {"iom-carib", "https://x.example.org"},
                WitnessSource.named(" iom-carib = https://x.example.org"));
        assertArrayEquals(new String[] {"jm", "MCowBQ=="}, WitnessSource.named("jm=MCowBQ=="), "a key's padding stays");
        for (String bad : new String[] {"=x", "no-value-sign", "JM=x", "a b=x", "<script>=x"}) {
            assertThrows(IllegalArgumentException.class, () -> WitnessSource.named(bad), bad);
        }
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
