package org.casebridge.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.casebridge.domain.model.account.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 password hashes stored as {@code algorithm:iterations:salt:hash} (Base64), so that stronger
 * parameters can be configured later without invalidating existing hashes.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    private static final int HASH_BYTES = 64;
    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "casebridge.password.algorithm", defaultValue = "PBKDF2WithHmacSHA512")
    String algorithm;

    @Inject
    @ConfigProperty(name = "casebridge.password.iterations", defaultValue = "210000")
    int iterations;

    @Inject
    @ConfigProperty(name = "casebridge.password.salt-bytes", defaultValue = "32")
    int saltBytes;

    public Pbkdf2PasswordHasher() {
    }

    /** For unit tests and command-line tools outside the container. */
    public Pbkdf2PasswordHasher(String algorithm, int iterations, int saltBytes) {
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.saltBytes = saltBytes;
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[saltBytes];
        random.nextBytes(salt);
        byte[] hash = derive(algorithm, password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return algorithm + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || password == null) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password, salt, Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            // Bad Base64 or numbers, or an algorithm this JVM lacks: the hash cannot match, so the
            // login fails like any other instead of ending in a server error.
            return false;
        }
    }

    @Override
    public boolean needsRehash(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        return parts.length != 4 || !parts[0].equals(algorithm) || Integer.parseInt(parts[1]) < iterations;
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("password hashing algorithm unavailable: " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }
}
