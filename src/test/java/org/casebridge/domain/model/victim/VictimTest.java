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
        c.withdraw(TODAY.plusDays(2));
        assertTrue(c.isValidOn(TODAY.plusDays(1)));
        assertFalse(c.isValidOn(TODAY.plusDays(2)));
        assertThrows(ValidationException.class, () -> c.withdraw(TODAY.plusDays(3)));
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
