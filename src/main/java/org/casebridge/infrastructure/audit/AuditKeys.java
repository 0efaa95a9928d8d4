package org.casebridge.infrastructure.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.casebridge.domain.model.audit.AuditChain;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit trail's keys, from configuration and never from the database: the HMAC key that chains
 * entries and the Ed25519 key that signs checkpoints. Production refuses to start without them; demo
 * mode falls back to fixed, published demo keys (and says so in the log).
 */
@ApplicationScoped
public class AuditKeys {

    private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());
    static final String HMAC_KEY = "casebridge.audit.hmac-key";
    static final String SIGNING_KEY = "casebridge.audit.signing-key";
    /** The published demo HMAC key; the command-line verifier accepts it with {@code --demo}. */
    static final String DEMO_HMAC = "casebridge-demo-audit-hmac-key-do-not-use-in-production";
    private static final String DEMO_SEED = "casebridge-demo-signing-seed-32b";

    @Inject
    @ConfigProperty(name = HMAC_KEY)
    Optional<String> hmacKey;

    @Inject
    @ConfigProperty(name = SIGNING_KEY)
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "casebridge.demo", defaultValue = "false")
    boolean demo;

    private AuditChain chain;
    private KeyPair signing;

    @PostConstruct
    void init() {
        if ((hmacKey.isEmpty() || signingKey.isEmpty()) && !demo) {
            throw new IllegalStateException("Set " + HMAC_KEY + " and " + SIGNING_KEY
                    + " (see docs/operations.md, 'Audit keys'); CaseBridge will not run without an audit trail.");
        }
        if (hmacKey.isEmpty() || signingKey.isEmpty()) {
            LOG.warning("Demo mode: the audit trail uses the published demo keys. Never use demo mode with real data.");
        }
        chain = new AuditChain(hmac(hmacKey.orElse(DEMO_HMAC)));
        signing = keyPair(signingKey.map(k -> Base64.getDecoder().decode(k.trim()))
                .orElse(DEMO_SEED.getBytes(StandardCharsets.US_ASCII)));
    }

    public AuditChain chain() {
        return chain;
    }

    public PrivateKey signingKey() {
        return signing.getPrivate();
    }

    public PublicKey verifyKey() {
        return signing.getPublic();
    }

    /** Accepts Base64 of at least 32 bytes, or a passphrase of at least 32 characters. */
    public static byte[] hmac(String configured) {
        String value = configured.trim();
        try {
            byte[] decoded = Base64.getDecoder().decode(value);
            if (decoded.length >= 32) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // taken as a passphrase below
        }
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        if (raw.length < 32) {
            throw new IllegalStateException(HMAC_KEY + " must be at least 32 bytes (Base64) or 32 characters");
        }
        return raw;
    }

    /**
     * An Ed25519 key pair from its 32-byte seed (or a PKCS#8 encoding, whose last 32 bytes are the
     * seed), so that one configured value gives both the signing and the verifying key.
     */
    public static KeyPair keyPair(byte[] seedOrPkcs8) {
        if (seedOrPkcs8.length < 32) {
            throw new IllegalStateException(SIGNING_KEY + " must be a 32-byte Ed25519 seed or PKCS#8 key (Base64)");
        }
        byte[] seed = Arrays.copyOfRange(seedOrPkcs8, seedOrPkcs8.length - 32, seedOrPkcs8.length);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(255, new FixedSeed(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    /** Feeds the seed to the key generator instead of random bytes. */
    private static final class FixedSeed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
