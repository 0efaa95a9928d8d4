package org.casebridge.infrastructure.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.junit.jupiter.api.Test;

class AuditKeysTest {

    private static final byte[] SEED = "a-32-byte-ed25519-seed-for-tests".getBytes(StandardCharsets.US_ASCII);
    private static final String HEAD = "3f".repeat(32);
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00.123456Z");

    private static byte[] sign(PrivateKey key, byte[] content) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(content);
        return signer.sign();
    }

    private static boolean verifies(PublicKey key, byte[] content, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(content);
        return verifier.verify(signature);
    }

    @Test
    void sameSeedGivesTheSameKeyPair() {
        assertEquals(32, SEED.length);
        KeyPair first = AuditKeys.keyPair(SEED);
        KeyPair second = AuditKeys.keyPair(SEED.clone());

        assertArrayEquals(first.getPublic().getEncoded(), second.getPublic().getEncoded());
        assertArrayEquals(first.getPrivate().getEncoded(), second.getPrivate().getEncoded());
    }

    @Test
    void differentSeedGivesADifferentKey() {
        byte[] other = SEED.clone();
        other[0] ^= 1;

        assertFalse(Arrays.equals(AuditKeys.keyPair(SEED).getPublic().getEncoded(),
                AuditKeys.keyPair(other).getPublic().getEncoded()));
    }

    @Test
    void pkcs8EncodingGivesTheSameKeyPairAsItsSeed() {
        KeyPair fromSeed = AuditKeys.keyPair(SEED);

        KeyPair fromPkcs8 = AuditKeys.keyPair(fromSeed.getPrivate().getEncoded());

        assertArrayEquals(fromSeed.getPublic().getEncoded(), fromPkcs8.getPublic().getEncoded());
    }

    @Test
    void checkpointSignedWithThePrivateKeyVerifiesWithThePublicKey() throws GeneralSecurityException {
        KeyPair keys = AuditKeys.keyPair(SEED);
        byte[] signature = sign(keys.getPrivate(), AuditCheckpoint.signedContent(120, HEAD, AT));

        // A verifier holding only the public key, re-derived from the configured seed.
        PublicKey published = AuditKeys.keyPair(SEED).getPublic();
        assertTrue(verifies(published, AuditCheckpoint.signedContent(120, HEAD, AT), signature));
        assertTrue(verifies(published, AuditCheckpoint.signedContent(120, HEAD, AT.plusNanos(999)), signature),
                "the signed time is the stored microsecond value");
    }

    @Test
    void checkpointSignatureFailsForAChangedSequenceHeadOrTime() throws GeneralSecurityException {
        KeyPair keys = AuditKeys.keyPair(SEED);
        byte[] signature = sign(keys.getPrivate(), AuditCheckpoint.signedContent(120, HEAD, AT));

        assertFalse(verifies(keys.getPublic(), AuditCheckpoint.signedContent(119, HEAD, AT), signature));
        assertFalse(verifies(keys.getPublic(), AuditCheckpoint.signedContent(121, HEAD, AT), signature));
        assertFalse(verifies(keys.getPublic(), AuditCheckpoint.signedContent(120, "3e" + HEAD.substring(2), AT),
                signature));
        assertFalse(verifies(keys.getPublic(), AuditCheckpoint.signedContent(120, HEAD, AT.plusSeconds(1)), signature));
    }

    @Test
    void checkpointSignatureFailsUnderAnotherKey() throws GeneralSecurityException {
        byte[] otherSeed = "another-32-byte-seed-for-testing".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = sign(AuditKeys.keyPair(otherSeed).getPrivate(), AuditCheckpoint.signedContent(120, HEAD, AT));

        assertFalse(verifies(AuditKeys.keyPair(SEED).getPublic(), AuditCheckpoint.signedContent(120, HEAD, AT),
                signature));
    }

    @Test
    void seedShorterThan32BytesIsRefused() {
        assertThrows(IllegalStateException.class, () -> AuditKeys.keyPair(new byte[31]));
    }

    @Test
    void hmacKeyIsTakenFromBase64OrAsALongPassphrase() {
        byte[] raw = new byte[48];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (i * 7);
        }
        String passphrase = "a long passphrase of more than 32 characters";

        assertArrayEquals(raw, AuditKeys.hmac(" " + Base64.getEncoder().encodeToString(raw) + "\n"));
        assertArrayEquals(passphrase.getBytes(StandardCharsets.UTF_8), AuditKeys.hmac(passphrase));
    }

    @Test
    void shortHmacKeyIsRefused() {
        assertThrows(IllegalStateException.class, () -> AuditKeys.hmac("too-short-key"));
        assertThrows(IllegalStateException.class,
                () -> AuditKeys.hmac(Base64.getEncoder().encodeToString(new byte[16])));
    }
}
