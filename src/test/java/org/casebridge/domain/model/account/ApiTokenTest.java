package org.casebridge.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private final ApiTokenSecret secret = ApiTokenSecret.generate(new SecureRandom());

    @Test
    void aSecretIs256RandomBitsWithAPrefixAndOnlyItsSha256IsKept() {
        String value = secret.reveal();
        assertTrue(value.startsWith("cbt_"));
        assertEquals(4 + 43, value.length());
        assertNotEquals(value, ApiTokenSecret.generate(new SecureRandom()).reveal());
        assertEquals(64, secret.hash().length());
        assertEquals(secret.hash(), ApiTokenSecret.presented(value).hash());
        assertFalse(secret.toString().contains(value.substring(4)), "never in a log line by accident");
        // SHA-256 of "abc" (FIPS 180-2 test vector)
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenSecret.presented("abc").hash());
        ApiToken token = ApiToken.issue(7, "Export", 30, false, secret, NOW);
        assertEquals(secret.hash(), token.getSecretHash());
    }

    @Test
    void aTokenLivesOneToNinetyDays() {
        assertEquals(NOW.plus(Duration.ofDays(90)), ApiToken.issue(7, "Export", 90, true, secret, NOW).getExpiresAt());
        for (Integer days : new Integer[] {0, 91, -1, null}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> ApiToken.issue(7, "Export", days, false, secret, NOW), String.valueOf(days));
            assertTrue(e.fieldErrors().containsKey("days"));
        }
    }

    @Test
    void aNameIsOneShortLineWithoutControlCharacters() {
        for (String name : new String[] {null, " ", "x".repeat(101), "line\nbreak", "bell\u0007", "bidi\u202e"}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> ApiToken.issue(7, name, 5, false, secret, NOW), String.valueOf(name));
            assertTrue(e.fieldErrors().containsKey("name"));
        }
        assertEquals("Reporting", ApiToken.issue(7, "  Reporting ", 5, false, secret, NOW).getName());
    }

    @Test
    void aTokenIsActiveUntilItExpiresOrIsRevoked() {
        ApiToken token = ApiToken.issue(7, "Export", 1, false, secret, NOW);
        assertEquals(ApiTokenStatus.ACTIVE, token.statusAt(NOW));
        assertTrue(token.isActiveAt(NOW.plus(Duration.ofHours(23))));
        assertFalse(token.isActiveAt(NOW.plus(Duration.ofDays(1))));
        assertEquals(ApiTokenStatus.EXPIRED, token.statusAt(NOW.plus(Duration.ofDays(1))));
        assertTrue(token.revoke("admin", NOW.plusSeconds(60)));
        assertFalse(token.revoke("admin", NOW.plusSeconds(90)), "revoking twice changes nothing");
        assertEquals(NOW.plusSeconds(60), token.getRevokedAt());
        assertFalse(token.isActiveAt(NOW.plusSeconds(61)));
        assertEquals(ApiTokenStatus.REVOKED, token.statusAt(NOW.plusSeconds(61)));
    }

    @Test
    void aFirstUseAndAUseFromAnotherAddressAreNew() {
        ApiToken token = ApiToken.issue(7, "Export", 5, false, secret, NOW);
        assertTrue(token.isNewAddress("10.0.0.1"));
        assertTrue(token.useIsWorthRecording("10.0.0.1", NOW, Duration.ofMinutes(1)));
    }
}
