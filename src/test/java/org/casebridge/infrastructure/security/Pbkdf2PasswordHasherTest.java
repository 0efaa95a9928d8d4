package org.casebridge.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHasherTest {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PASSWORD = "mango season in st. elizabeth";

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(ALGORITHM, 1000, 16);

    @Test
    void rightPasswordVerifies() {
        String stored = hasher.hash(PASSWORD);

        assertTrue(hasher.verify(PASSWORD, stored));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String stored = hasher.hash(PASSWORD);

        assertFalse(hasher.verify("mango season in st. elizabetH", stored));
        assertFalse(hasher.verify(PASSWORD + " ", stored));
        assertFalse(hasher.verify("", stored));
        assertFalse(hasher.verify(null, stored));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertNotEquals(first.split(":")[2], second.split(":")[2]);
        assertNotEquals(first, second);
        assertTrue(hasher.verify(PASSWORD, first));
        assertTrue(hasher.verify(PASSWORD, second));
    }

    @Test
    void storedHashNamesItsParametersAndNeverThePassword() {
        String stored = hasher.hash(PASSWORD);

        assertTrue(stored.startsWith(ALGORITHM + ":1000:"), stored);
        assertFalse(stored.contains(PASSWORD));
        assertFalse(stored.contains(Base64.getEncoder().encodeToString(PASSWORD.getBytes())));
    }

    @Test
    void hashMadeWithFewerIterationsThanConfiguredNeedsRehash() {
        String stored = hasher.hash(PASSWORD);
        Pbkdf2PasswordHasher stronger = new Pbkdf2PasswordHasher(ALGORITHM, 2000, 16);

        assertTrue(stronger.needsRehash(stored));
        assertFalse(hasher.needsRehash(stored));
        assertTrue(stronger.verify(PASSWORD, stored), "old hashes keep working after the iterations are raised");
    }

    @Test
    void hashMadeWithAnotherAlgorithmNeedsRehash() {
        String stored = new Pbkdf2PasswordHasher("PBKDF2WithHmacSHA256", 1000, 16).hash(PASSWORD);

        assertTrue(hasher.needsRehash(stored));
        assertTrue(hasher.verify(PASSWORD, stored));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "a:b:c:d", "PBKDF2WithHmacSHA512:1000:onlythree",
            "PBKDF2WithHmacSHA512:many:c2FsdHNhbHQ=:aGFzaA==", "PBKDF2WithHmacSHA512:1000:!!!:???",
            "PBKDF2WithHmacSHA512:0:c2FsdHNhbHQ=:aGFzaA==", "PBKDF2WithHmacSHA512:-5:c2FsdHNhbHQ=:aGFzaA==",
            "PBKDF2WithHmacSHA512:1000::aGFzaA==", "PBKDF2WithHmacSHA512:1000:c2FsdHNhbHQ=:aGFzaA==:extra",
            "NoSuchAlgorithm:1000:c2FsdHNhbHQ=:aGFzaA=="})
    void malformedStoredHashDoesNotVerify(String stored) {
        assertFalse(hasher.verify(PASSWORD, stored));
    }
}
