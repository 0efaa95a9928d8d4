package org.casebridge.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 signatures as the audit trail writes them (Base64), and public keys as it exchanges them (Base64 X.509). */
public final class Ed25519 {

    private Ed25519() {
    }

    /** The Base64 signature of {@code content} by {@code key}. */
    public static String sign(byte[] content, PrivateKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(content);
            return Base64.getEncoder().encodeToString(ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code signature} (Base64) is {@code key}'s over {@code content}; false for any malformed value. */
    public static boolean verify(byte[] content, String signature, PublicKey key) {
        if (key == null || signature == null) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(content);
            return ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A public key from Base64 of its X.509 encoding; IllegalArgumentException when it is not an Ed25519 key. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not a Base64 X.509 Ed25519 public key");
        }
    }

    /** Base64 of the key's X.509 encoding. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** SHA-256 of the key's X.509 encoding in hex: what a countersignature names the witnessed installation by. */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The first 16 hex digits of the fingerprint: a short key id to show and compare by eye. */
    public static String keyId(PublicKey key) {
        return fingerprint(key).substring(0, 16);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
