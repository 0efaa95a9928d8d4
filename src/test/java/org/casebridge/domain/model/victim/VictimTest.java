package org.casebridge.domain.model.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class VictimTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static VictimDetails details(LocalDate birthDate, Integer estimatedAge) {
        return new VictimDetails("Ana", "Example", "V-Blue", Gender.FEMININE, birthDate, estimatedAge, Set.of("ht"),
                Set.of("HT", "fr"), TraffickingStatus.POSSIBLE, null, 15, RelationshipToTrafficker.ACQUAINTED,
                MigrationStatus.IRREGULAR_MIGRANT, "+18765550100", null, null);
    }

    @Test
    void minorIsDerivedFromTheBirthDate() {
        Victim child = new Victim(details(TODAY.minusYears(18).plusDays(1), null), TODAY);
        assertTrue(child.isMinorOn(TODAY));
        assertFalse(child.isMinorOn(TODAY.plusDays(1)), "turns 18 the next day");
        assertEquals(17, child.ageOn(TODAY));
    }

    @Test
    void minorIsDerivedFromAnEstimatedAgeThatGrowsOlderWithTime() {
        Victim v = new Victim(details(null, 16), TODAY);
        assertTrue(v.isMinorOn(TODAY));
        assertTrue(v.isMinorOn(TODAY.plusYears(1).minusDays(1)));
        assertFalse(v.isMinorOn(TODAY.plusYears(2)));
    }

    static VictimDetails aged(LocalDate birthDate, Integer ageWhenTrafficked) {
        return new VictimDetails("Ana", "Example", "V-Blue", Gender.FEMININE, birthDate, null, Set.of("ht"), Set.of("fr"),
                TraffickingStatus.POSSIBLE, null, ageWhenTrafficked, null, null, null, null, null);
    }

    @Test
    void aMinorWhenIdentifiedStaysAMinorVictimAfterTheirEighteenthBirthday() {
        LocalDate identified = TODAY.minusYears(1);
        Victim v = new Victim(aged(identified.minusYears(17), null), TODAY);
        assertFalse(v.isMinorOn(TODAY), "18 today");
        assertTrue(v.isMinorWhenIdentified(identified), "17 when identified");
        assertFalse(new Victim(aged(identified.minusYears(18), null), TODAY).isMinorWhenIdentified(identified));
    }

    @Test
    void aChildWhenTraffickedIsAMinorVictimWhateverTheirAgeWhenIdentified() {
        assertTrue(new Victim(aged(TODAY.minusYears(25), 16), TODAY).isMinorWhenIdentified(TODAY.minusYears(1)));
        assertFalse(new Victim(aged(TODAY.minusYears(25), 20), TODAY).isMinorWhenIdentified(TODAY.minusYears(1)));
        assertTrue(new Victim(aged(null, 15), TODAY).isMinorWhenIdentified(TODAY), "the age when trafficked alone decides");
        assertFalse(new Victim(aged(null, 19), TODAY).isMinorWhenIdentified(TODAY));
        assertNull(new Victim(aged(null, null), TODAY).isMinorWhenIdentified(TODAY), "no age known");
        assertNull(new Victim(aged(null, null), TODAY).isMinorWhenIdentified(null));
    }

    @Test
    void withoutAnyAgeMinorStatusIsUnknown() {
        assertNull(new Victim(details(null, null), TODAY).isMinorOn(TODAY));
    }

    @Test
    void codesAreNormalisedAndBadInputIsAllReported() {
        Victim v = new Victim(details(null, 30), TODAY);
        assertEquals(Set.of("HT"), v.getCitizenships());
        assertEquals(Set.of("ht", "fr"), v.getLanguages());
        VictimDetails bad = new VictimDetails(null, null, " ", null, TODAY.plusDays(1), 20, Set.of("Haiti"), Set.of("french"),
                TraffickingStatus.ACTUAL, null, 200, null, null, "call me", "no-at-sign", null);
        ValidationException e = assertThrows(ValidationException.class, () -> v.describe(bad, TODAY));
        assertTrue(e.fieldErrors().keySet().containsAll(Set.of("alias", "birthDate", "estimatedAge", "citizenships",
                "languages", "statusDecidedBy", "ageWhenTrafficked", "contactPhone", "contactEmail")), e.fieldErrors().toString());
        assertEquals("V-Blue", v.getAlias(), "nothing applied");
    }

    @Test
    void consentIsValidFromTheDayGivenUntilExpiryOrWithdrawal() {
        Victim v = new Victim(details(null, 30), TODAY);
        Consent c = v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.COUNTRY, "jm", TODAY.minusDays(10),
                TODAY.plusDays(10), "cw", TODAY);
        assertFalse(c.isValidOn(TODAY.minusDays(11)));
        assertTrue(c.isValidOn(TODAY.minusDays(10)));
        assertTrue(c.isValidOn(TODAY.plusDays(10)));
        assertFalse(c.isValidOn(TODAY.plusDays(11)));
        c.withdraw(TODAY.minusDays(2), TODAY);
        assertTrue(c.isValidOn(TODAY.minusDays(3)));
        assertFalse(c.isValidOn(TODAY.minusDays(2)));
        assertThrows(ValidationException.class, () -> c.withdraw(TODAY, TODAY), "already withdrawn");
    }

    @Test
    void aWithdrawalIsNeverInTheFutureNorBeforeTheConsentNorMoreThanThirtyDaysBack() {
        Victim v = new Victim(details(null, 30), TODAY);
        Consent c = v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.ANY, null, TODAY.minusDays(60), null,
                "cw", TODAY);
        for (LocalDate refused : new LocalDate[] {TODAY.plusDays(1), TODAY.plusYears(1), TODAY.minusDays(31), null}) {
            ValidationException e = assertThrows(ValidationException.class, () -> c.withdraw(refused, TODAY), "" + refused);
            assertTrue(e.fieldErrors().containsKey("withdrawnOn"));
        }
        assertNull(c.getWithdrawnOn(), "a refused withdrawal leaves the consent as it was");
        Consent recent = v.recordConsent(ConsentPurpose.STATISTICS, ConsentScope.ANY, null, TODAY.minusDays(5), null,
                "cw", TODAY);
        assertThrows(ValidationException.class, () -> recent.withdraw(TODAY.minusDays(6), TODAY), "before it was given");
        c.withdraw(TODAY.minusDays(Consent.WITHDRAWAL_BACKDATE_DAYS), TODAY);
        assertEquals(TODAY.minusDays(30), c.getWithdrawnOn());
        recent.withdraw(TODAY, TODAY);
        assertFalse(recent.isValidOn(TODAY), "withdrawn today: no longer in force today");
    }

    @Test
    void aConsentScopeIsACodeThatFitsItsColumn() {
        Victim v = new Victim(details(null, 30), TODAY);
        String tooLong = "A".repeat(Consent.SCOPE_VALUE_MAX + 1);
        for (String bad : new String[] {tooLong, "JM-\u0000SAFE", "JM SAFE", "JM-\u202ESAFE"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> v.recordConsent(ConsentPurpose.SERVICE_REFERRAL,
                    ConsentScope.AGENCY, bad, TODAY, null, "cw", TODAY));
            assertTrue(e.fieldErrors().containsKey("scopeValue"), e.fieldErrors().toString());
        }
        assertEquals("A".repeat(32), v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.AGENCY, "a".repeat(32), TODAY,
                null, "cw", TODAY).getScopeValue());
    }

    @Test
    void namesAndAliasesLoseZeroWidthCharactersAndRefuseControlAndDirectionCharacters() {
        Victim v = new Victim(details(null, 30), TODAY);
        v.describe(withNames("An\u200Ba", "V-\u2060Blue\uFEFF"), TODAY);
        assertEquals("Ana", v.getGivenName());
        assertEquals("V-Blue", v.getAlias());
        for (String bad : new String[] {"V\u0000", "V\u202Eeulb", "V\u2066x", "V\nB", "V\u007F", "V\u0085"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> v.describe(withNames("Ana", bad), TODAY));
            assertTrue(e.fieldErrors().containsKey("alias"), bad + " " + e.fieldErrors());
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> v.describe(withNames("x".repeat(Victim.GIVEN_NAME_MAX + 1), "y".repeat(Victim.ALIAS_MAX + 1)), TODAY));
        assertEquals(Set.of("givenName", "alias"), e.fieldErrors().keySet());
        v.describe(withNames("x".repeat(Victim.GIVEN_NAME_MAX), "y".repeat(Victim.ALIAS_MAX)), TODAY);
        assertEquals(Victim.ALIAS_MAX, v.getAlias().length());
    }

    private static VictimDetails withNames(String given, String alias) {
        return new VictimDetails(given, "Example", alias, Gender.FEMININE, null, 30, Set.of(), Set.of(),
                TraffickingStatus.POSSIBLE, null, null, null, null, null, null, null);
    }

    @Test
    void consentCoversOnlyItsPurposeAndRecipientScope() {
        Victim v = new Victim(details(null, 30), TODAY);
        v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.AGENCY, "JM-SAFEHOUSE", TODAY, null, "cw", TODAY);
        assertTrue(v.hasConsent(ConsentPurpose.SERVICE_REFERRAL, "JM-SAFEHOUSE", "JM", TODAY));
        assertFalse(v.hasConsent(ConsentPurpose.SERVICE_REFERRAL, "JM-HEALTH", "JM", TODAY));
        assertFalse(v.hasConsent(ConsentPurpose.CROSS_BORDER_SHARING, "JM-SAFEHOUSE", "JM", TODAY));
        v.recordConsent(ConsentPurpose.CROSS_BORDER_SHARING, ConsentScope.ANY, null, TODAY, null, "cw", TODAY);
        assertTrue(v.hasConsent(ConsentPurpose.CROSS_BORDER_SHARING, "TT-CTU", "TT", TODAY));
        assertEquals(2, v.consentsValidOn(TODAY).size());
    }

    @Test
    void consentNeedsItsScopeAndCannotBeGivenInTheFuture() {
        Victim v = new Victim(details(null, 30), TODAY);
        ValidationException e = assertThrows(ValidationException.class, () -> v.recordConsent(ConsentPurpose.STATISTICS,
                ConsentScope.AGENCY, null, TODAY.plusDays(1), TODAY, "cw", TODAY));
        assertTrue(e.fieldErrors().keySet().containsAll(Set.of("scopeValue", "givenOn", "expiresOn")), e.fieldErrors().toString());
        assertTrue(v.getConsents().isEmpty());
    }
}
