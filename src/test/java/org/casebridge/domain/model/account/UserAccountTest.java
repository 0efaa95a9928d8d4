package org.casebridge.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyDetails;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final Country jamaica = new Country(new CountryCode("JM"), "Jamaica", true);
    private final Agency police = new Agency(new AgencyCode("JM-POLICE-TIP"), new AgencyDetails("Jamaica Constabulary Force TIP Unit",
            AgencyType.LAW_ENFORCEMENT, jamaica, null, null, null, null));
    private final Agency shelter = new Agency(new AgencyCode("JM-SHELTER"), new AgencyDetails("Safe Harbour Shelter",
            AgencyType.NGO, jamaica, null, null, null, null));
    private final Agency regionalNgo = new Agency(new AgencyCode("CARIB-NGO"), new AgencyDetails("Caribbean Anti-Trafficking Network",
            AgencyType.NGO, null, null, null, null, null));

    private UserAccount caseworker() {
        return new UserAccount(new Username("cw1-jm"), "Case Worker", police, EnumSet.of(Role.CASEWORKER),
                "PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==", T0);
    }

    private static Instant plusMinutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static void failTimes(UserAccount account, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, POLICY);
        }
    }

    @Test
    void fourFailedLoginsDoNotLockTheAccount() {
        UserAccount account = caseworker();

        for (int i = 0; i < 4; i++) {
            assertFalse(account.recordFailedLogin(plusMinutes(i), POLICY));
        }

        assertFalse(account.isLockedAt(plusMinutes(4)));
        assertEquals(4, account.getFailedAttempts());
    }

    @Test
    void fifthFailedLoginLocksTheAccountForFifteenMinutes() {
        UserAccount account = caseworker();
        failTimes(account, 4, T0);

        assertTrue(account.recordFailedLogin(T0, POLICY), "the fifth failure should report that it locked");

        assertTrue(account.isLockedAt(T0));
        assertTrue(account.isLockedAt(plusMinutes(14)));
        assertTrue(account.isLockedAt(plusMinutes(15).minusMillis(1)));
        assertFalse(account.isLockedAt(plusMinutes(15)));
        assertEquals(plusMinutes(15), account.getLockedUntil());
    }

    @Test
    void sixthFailedLoginStaysLockedUntilTheLockExpires() {
        UserAccount account = caseworker();
        failTimes(account, 5, T0);

        assertFalse(account.recordFailedLogin(plusMinutes(10), POLICY), "a failure while locked does not lock again");

        assertTrue(account.isLockedAt(plusMinutes(14)));
        assertFalse(account.isLockedAt(plusMinutes(15)), "a failure during the lock must not extend it");
    }

    @Test
    void afterTheLockExpiresTheCountStartsAgain() {
        UserAccount account = caseworker();
        failTimes(account, 5, T0);

        Instant later = plusMinutes(15);
        assertFalse(account.recordFailedLogin(later, POLICY));
        assertEquals(1, account.getFailedAttempts());
        assertFalse(account.isLockedAt(later));

        failTimes(account, 3, later);
        assertFalse(account.isLockedAt(later), "four failures after the lock must not lock again");
        assertTrue(account.recordFailedLogin(later, POLICY));
        assertTrue(account.isLockedAt(later.plus(Duration.ofMinutes(14))));
    }

    @Test
    void successfulLoginResetsTheFailureCount() {
        UserAccount account = caseworker();
        failTimes(account, 4, T0);

        account.recordSuccessfulLogin(plusMinutes(1));

        assertEquals(0, account.getFailedAttempts());
        assertEquals(plusMinutes(1), account.getLastLoginAt());
        failTimes(account, 4, plusMinutes(2));
        assertFalse(account.isLockedAt(plusMinutes(2)), "four failures after a success must not lock");
    }

    @Test
    void enablingAnAccountClearsItsLock() {
        UserAccount account = caseworker();
        failTimes(account, 5, T0);
        account.disable();

        account.enable();

        assertTrue(account.isEnabled());
        assertFalse(account.isLockedAt(plusMinutes(1)));
        assertEquals(0, account.getFailedAttempts());
    }

    @Test
    void disablingEndsExistingSessions() {
        UserAccount account = caseworker();
        int before = account.getSessionEpoch();

        account.disable();

        assertFalse(account.isEnabled());
        assertNotEquals(before, account.getSessionEpoch());
    }

    @Test
    void changingThePasswordEndsExistingSessionsAndClearsTheLock() {
        UserAccount account = caseworker();
        failTimes(account, 5, T0);
        int before = account.getSessionEpoch();

        account.changePassword("PBKDF2WithHmacSHA512:1000:bmV3:bmV3aGFzaA==", plusMinutes(1));

        assertNotEquals(before, account.getSessionEpoch());
        assertEquals("PBKDF2WithHmacSHA512:1000:bmV3:bmV3aGFzaA==", account.getPasswordHash());
        assertEquals(plusMinutes(1), account.getPasswordChangedAt());
        assertFalse(account.isLockedAt(plusMinutes(1)));
    }

    @Test
    void strongerHashOfTheSamePasswordKeepsSessions() {
        UserAccount account = caseworker();
        int before = account.getSessionEpoch();

        account.changePasswordHashOnly("PBKDF2WithHmacSHA512:300000:c2FsdA==:aGFzaA==");

        assertEquals(before, account.getSessionEpoch());
    }

    @Test
    void partnerRoleIsRefusedOnAGovernmentAgency() {
        ValidationException e = assertThrows(ValidationException.class, () -> new UserAccount(
                new Username("partner1"), "Partner Person", police, EnumSet.of(Role.PARTNER), "hash", T0));

        assertTrue(e.fieldErrors().containsKey("roles"), e.fieldErrors().toString());
    }

    @Test
    void partnerRoleIsAcceptedOnAPartnerAgency() {
        UserAccount account = new UserAccount(new Username("partner1"), "Partner Person", shelter,
                EnumSet.of(Role.PARTNER), "hash", T0);

        assertTrue(account.hasRole(Role.PARTNER));
    }

    @Test
    void caseworkerIsRefusedOnAnAgencyWithoutCountry() {
        ValidationException e = assertThrows(ValidationException.class, () -> new UserAccount(
                new Username("cw-regional"), "Regional Worker", regionalNgo, EnumSet.of(Role.CASEWORKER), "hash", T0));

        assertTrue(e.fieldErrors().containsKey("agency"), e.fieldErrors().toString());
    }

    @Test
    void analystMayBelongToAnAgencyWithoutCountry() {
        UserAccount account = new UserAccount(new Username("analyst1"), "Regional Analyst", regionalNgo,
                EnumSet.of(Role.ANALYST), "hash", T0);

        assertEquals(regionalNgo, account.getAgency());
    }

    @Test
    void accountWithoutRolesIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> new UserAccount(
                new Username("norole"), "No Role", police, Set.of(), "hash", T0));

        assertTrue(e.fieldErrors().containsKey("roles"), e.fieldErrors().toString());
    }

    @Test
    void allProblemsAreReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class, () -> new UserAccount(
                new Username("cw-regional"), "  ", regionalNgo, EnumSet.of(Role.CASEWORKER), "hash", T0));

        assertEquals(Set.of("displayName", "agency"), e.fieldErrors().keySet());

        ValidationException all = assertThrows(ValidationException.class, () -> new UserAccount(
                new Username("nobody"), null, null, Set.of(), "hash", T0));
        assertEquals(Set.of("displayName", "agency", "roles"), all.fieldErrors().keySet());
    }

    @Test
    void refusedDescriptionLeavesTheAccountUnchanged() {
        UserAccount account = caseworker();

        assertThrows(ValidationException.class,
                () -> account.describe("New Name", regionalNgo, EnumSet.of(Role.CASEWORKER, Role.ANALYST)));

        assertEquals("Case Worker", account.getDisplayName());
        assertEquals(police, account.getAgency());
        assertEquals(EnumSet.of(Role.CASEWORKER), account.getRoles());
    }

    @Test
    void describeReplacesNameAgencyAndRolesTogether() {
        UserAccount account = caseworker();

        account.describe("  Focal Point  ", police, EnumSet.of(Role.FOCAL_POINT, Role.SUPERVISOR));

        assertEquals("Focal Point", account.getDisplayName());
        assertEquals(EnumSet.of(Role.FOCAL_POINT, Role.SUPERVISOR), account.getRoles());
        assertFalse(account.hasRole(Role.CASEWORKER));
    }

    @Test
    void anEmailAddressIsCheckedAndBlankMeansNone() {
        UserAccount a = caseworker();
        assertFalse(a.wantsMail(), "no address: no e-mail");
        a.changeEmail("  cw1@example.org ");
        assertEquals("cw1@example.org", a.getEmail());
        assertTrue(a.wantsMail(), "e-mails are on by default");
        for (String bad : new String[] {"cw1", "cw1@example", "cw 1@example.org", "cw1@example.org\u202e", "a@b.c\nBcc: x@y.z",
                "a".repeat(UserAccount.EMAIL_MAX) + "@example.org"}) {
            org.casebridge.domain.model.shared.ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.casebridge.domain.model.shared.ValidationException.class, () -> a.changeEmail(bad), bad);
            assertTrue(e.fieldErrors().containsKey("email"), bad);
        }
        assertEquals("cw1@example.org", a.getEmail(), "a refused address changes nothing");
        a.changeEmail(" ");
        assertEquals(null, a.getEmail());
    }

    @Test
    void aUserWhoTurnedEmailsOffOrIsDisabledGetsNone() {
        UserAccount a = caseworker();
        a.changeEmail("cw1@example.org");
        a.chooseMailNotifications(false);
        assertFalse(a.wantsMail());
        a.chooseMailNotifications(true);
        assertTrue(a.wantsMail());
        a.disable();
        assertFalse(a.wantsMail());
    }

    @Test
    void aNewAccountSpeaksItsCountrysLanguageInItsTimeZone() {
        Country haiti = new Country(new CountryCode("HT"), "Haiti", true);
        haiti.chooseDefaults("ht", "America/Port-au-Prince");
        Agency brpm = new Agency(new AgencyCode("HT-BPM"), new AgencyDetails("Brigade de protection des mineurs",
                AgencyType.LAW_ENFORCEMENT, haiti, null, null, null, null));
        UserAccount a = new UserAccount(new Username("cw1-ht"), "Case Worker", brpm, EnumSet.of(Role.CASEWORKER),
                "PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==", T0);
        assertEquals("ht", a.getLanguage());
        assertEquals("America/Port-au-Prince", a.getTimeZone());
        UserAccount regional = new UserAccount(new Username("an1"), "Analyst", regionalNgo, EnumSet.of(Role.ANALYST),
                "PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==", T0);
        assertEquals("en", regional.getLanguage(), "no country: English");
        assertEquals("UTC", regional.getTimeZone());
    }

    @Test
    void aUserChoosesOnlyOneOfTheFiveLanguagesAndARealTimeZone() {
        UserAccount a = caseworker();
        a.choosePreferences("nl", "America/Paramaribo");
        assertEquals("nl", a.getLanguage());
        assertEquals("America/Paramaribo", a.getTimeZone());
        ValidationException e = assertThrows(ValidationException.class, () -> a.choosePreferences("pt", "GMT+5"));
        assertEquals(Set.of("language", "timeZone"), e.fieldErrors().keySet());
        assertEquals("nl", a.getLanguage(), "nothing changed");
        assertEquals("America/Paramaribo", a.getTimeZone());
    }
}
