package org.casebridge.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import org.casebridge.domain.model.account.RecoveryCode;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyDetails;
import org.casebridge.domain.model.agency.AgencyType;
import org.junit.jupiter.api.Test;

/** The second factor's codes on a fixed clock: which steps are accepted, and that nothing is accepted twice. */
class TotpCodesTest {

    /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890". */
    private static final String RFC_SECRET = TotpCodes.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:15Z"), ZoneOffset.UTC);
    private final TotpCodes codes = new TotpCodes();

    @Test
    void matchesTheRfc6238TestVectors() {
        // the RFC's eight-digit values, last six digits
        assertEquals("287082", codes.code(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", codes.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("279037", codes.code(RFC_SECRET, Instant.ofEpochSecond(2000000000)));
        assertEquals("353130", codes.code(RFC_SECRET, Instant.ofEpochSecond(20000000000L)));
    }

    @Test
    void acceptsTheCodeOfNowAndOfTheStepsBeforeAndAfter() {
        Instant now = CLOCK.instant();
        long step = now.getEpochSecond() / 30;
        assertEquals(OptionalLong.of(step), codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, now), now));
        assertEquals(OptionalLong.of(step - 1),
                codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, now.minusSeconds(30)), now));
        assertEquals(OptionalLong.of(step + 1),
                codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, now.plusSeconds(30)), now));
    }

    @Test
    void refusesCodesTwoStepsAwayAndMalformedOnes() {
        Instant now = CLOCK.instant();
        assertTrue(codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, now.minusSeconds(60)), now).isEmpty());
        assertTrue(codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, now.plusSeconds(60)), now).isEmpty());
        assertTrue(codes.matchingStep(RFC_SECRET, "12345", now).isEmpty());
        assertTrue(codes.matchingStep(RFC_SECRET, "abcdef", now).isEmpty());
        assertTrue(codes.matchingStep(RFC_SECRET, null, now).isEmpty());
    }

    @Test
    void aCodeIsAcceptedOnceNotReplayedWithinItsWindow() {
        UserAccount account = enrolled(codes.newSecret());
        Instant now = CLOCK.instant();
        String code = codes.code(account.getSecondFactorSecret(), now);
        long step = codes.matchingStep(account.getSecondFactorSecret(), code, now).getAsLong();
        assertTrue(account.acceptCodeStep(step));
        // the same code 20 seconds later is still in its window, and refused
        long again = codes.matchingStep(account.getSecondFactorSecret(), code, now.plusSeconds(20)).getAsLong();
        assertFalse(account.acceptCodeStep(again));
        // and so is the previous step's code, once a later one was used
        String previous = codes.code(account.getSecondFactorSecret(), now.minusSeconds(30));
        assertFalse(account.acceptCodeStep(codes.matchingStep(account.getSecondFactorSecret(), previous, now).getAsLong()));
        // the next step's code is new
        String next = codes.code(account.getSecondFactorSecret(), now.plusSeconds(30));
        assertTrue(account.acceptCodeStep(codes.matchingStep(account.getSecondFactorSecret(), next, now.plusSeconds(30)).getAsLong()));
    }

    @Test
    void aRecoveryCodeWorksOnceOnly() {
        String code = RecoveryCode.newCode();
        UserAccount account = enrolled(codes.newSecret(), code);
        assertTrue(RecoveryCode.looksLikeOne(code));
        assertFalse(account.useRecoveryCode(code.replace("A", "B").replace("2", "3") + "X", CLOCK.instant()).isPresent());
        assertTrue(account.useRecoveryCode(code.toLowerCase().replace("-", " "), CLOCK.instant()).isPresent());
        assertFalse(account.useRecoveryCode(code, CLOCK.instant()).isPresent());
        assertEquals(RecoveryCode.COUNT - 1, account.unusedRecoveryCodes());
    }

    @Test
    void recoveryCodesAreStoredOnlyHashedAndSalted() {
        String code = RecoveryCode.newCode();
        RecoveryCode a = RecoveryCode.of(code);
        RecoveryCode b = RecoveryCode.of(code);
        assertFalse(a.getCodeHash().contains(code.replace("-", "")));
        assertFalse(a.getCodeHash().equals(b.getCodeHash()));
        assertTrue(a.matches(code) && b.matches(code));
    }

    @Test
    void theProvisioningUriCarriesIssuerAccountAndSecret() {
        String uri = codes.provisioningUri("ABCDEFGH", "CaseBridge", "sup bs");
        assertEquals("otpauth://totp/CaseBridge:sup%20bs?secret=ABCDEFGH&issuer=CaseBridge&algorithm=SHA1&digits=6&period=30", uri);
    }

    @Test
    void base32RoundTrips() {
        String secret = codes.newSecret();
        assertEquals(32, secret.length());
        assertEquals(secret, TotpCodes.base32(TotpCodes.fromBase32(secret)));
    }

    private UserAccount enrolled(String secret, String... recovery) {
        Agency agency = new Agency(new AgencyCode("CARIB-NGO"), new AgencyDetails("Shelter", AgencyType.NGO, null, null, null,
                null, null));
        UserAccount account = new UserAccount(new Username("officer"), "Officer", agency, EnumSet.of(Role.PARTNER),
                "hash", CLOCK.instant());
        account.startSecondFactorEnrolment(secret);
        List<RecoveryCode> stored = new java.util.ArrayList<>();
        for (String c : recovery) {
            stored.add(RecoveryCode.of(c));
        }
        while (stored.size() < RecoveryCode.COUNT) {
            stored.add(RecoveryCode.of(RecoveryCode.newCode()));
        }
        account.confirmSecondFactor(0, CLOCK.instant(), stored);
        return account;
    }
}
