package org.casebridge.domain.model.referral;

import static org.casebridge.domain.model.referral.ReferralFixtures.BS_CRISIS;
import static org.casebridge.domain.model.referral.ReferralFixtures.DAY;
import static org.casebridge.domain.model.referral.ReferralFixtures.NOW;
import static org.casebridge.domain.model.referral.ReferralFixtures.POLICE;
import static org.casebridge.domain.model.referral.ReferralFixtures.SHELTER;
import static org.casebridge.domain.model.referral.ReferralFixtures.TODAY;
import static org.casebridge.domain.model.referral.ReferralFixtures.draft;
import static org.casebridge.domain.model.referral.ReferralFixtures.victim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.Consent;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;
import org.junit.jupiter.api.Test;

class ReferralTest {

    // --- consent on the day of sending ---

    @Test
    void aValidConsentForAnyRecipientAllowsSending() {
        Victim v = ReferralFixtures.consenting();
        Referral r = draft(v, SHELTER);
        r.send(v, "cw1", NOW, TODAY, DAY);
        assertEquals(ReferralStatus.SENT, r.getStatus());
        assertEquals(NOW.plus(DAY), r.getResponseDue());
        assertEquals("cw1", r.getSentBy());
    }

    @Test
    void sendingWithoutConsentIsRefusedNamingConsentAndChangesNothing() {
        Victim v = victim();
        Referral r = draft(v, SHELTER);
        DomainException e = assertThrows(DomainException.class, () -> r.send(v, "cw1", NOW, TODAY, DAY));
        assertEquals("error.referral.noConsent", e.text().key(), e.getMessage());
        assertEquals(List.of("JM-SHELTER", "JM"), e.text().args(), "the partner and the country to ask, as codes");
        assertEquals(ReferralStatus.DRAFT, r.getStatus());
        assertNull(r.getSentAt());
    }

    @Test
    void anExpiredConsentDoesNotAllowSending() {
        Victim v = victim();
        v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.ANY, null, TODAY.minusDays(30), TODAY.minusDays(1), "cw",
                TODAY);
        assertRefusedForConsent(v, SHELTER, TODAY);
        assertTrue(draft(v, SHELTER).consentAllowsSending(v, TODAY.minusDays(1)), "valid on its last day");
    }

    @Test
    void aWithdrawnConsentDoesNotAllowSendingFromTheDayOfWithdrawal() {
        Victim v = victim();
        Consent c = v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.ANY, null, TODAY.minusDays(10), null, "cw",
                TODAY);
        c.withdraw(TODAY, TODAY);
        assertRefusedForConsent(v, SHELTER, TODAY);
        assertTrue(draft(v, SHELTER).consentAllowsSending(v, TODAY.minusDays(1)), "valid the day before");
    }

    @Test
    void aConsentForAnotherAgencyOrCountryDoesNotCoverThePartner() {
        Victim v = victim();
        v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.AGENCY, "JM-HEALTH", TODAY.minusDays(1), null, "cw", TODAY);
        v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.COUNTRY, "BS", TODAY.minusDays(1), null, "cw", TODAY);
        assertRefusedForConsent(v, SHELTER, TODAY);
        Referral toBahamas = draft(v, BS_CRISIS);
        toBahamas.send(v, "cw1", NOW, TODAY, DAY);
        assertEquals(ReferralStatus.SENT, toBahamas.getStatus(), "a partner in another country, covered by a consent for that country");
        assertEquals("BS", toBahamas.getRecipientCountry());
    }

    @Test
    void aConsentForThatAgencyOrItsCountryCoversThePartner() {
        Victim byAgency = victim();
        byAgency.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.AGENCY, "jm-shelter", TODAY.minusDays(1), null,
                "cw", TODAY);
        assertTrue(draft(byAgency, SHELTER).consentAllowsSending(byAgency, TODAY));
        Victim byCountry = victim();
        byCountry.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.COUNTRY, "JM", TODAY.minusDays(1), null, "cw",
                TODAY);
        assertTrue(draft(byCountry, SHELTER).consentAllowsSending(byCountry, TODAY));
    }

    @Test
    void aConsentForAnotherPurposeDoesNotAllowAReferral() {
        Victim v = victim();
        v.recordConsent(ConsentPurpose.CROSS_BORDER_SHARING, ConsentScope.ANY, null, TODAY.minusDays(1), null, "cw", TODAY);
        v.recordConsent(ConsentPurpose.STATISTICS, ConsentScope.ANY, null, TODAY.minusDays(1), null, "cw", TODAY);
        assertRefusedForConsent(v, SHELTER, TODAY);
    }

    @Test
    void aConsentGivenLaterDoesNotCoverAnEarlierDay() {
        Victim v = victim();
        v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.ANY, null, TODAY, null, "cw", TODAY);
        assertFalse(draft(v, SHELTER).consentAllowsSending(v, TODAY.minusDays(1)));
    }

    @Test
    void aSupervisorsOverrideWithALegalBasisAllowsSendingWithoutConsent() {
        Victim v = victim();
        Referral r = draft(v, SHELTER);
        assertThrows(ValidationException.class, () -> r.overrideConsent(" ", "sup", NOW), "a basis is required");
        r.overrideConsent("Child at risk, Child Care and Protection Act s.6", "sup", NOW);
        r.send(v, "cw1", NOW, TODAY, DAY);
        assertEquals(ReferralStatus.SENT, r.getStatus());
        assertEquals("sup", r.getConsentOverrideBy());
        assertThrows(DomainException.class, () -> r.overrideConsent("again", "sup", NOW), "only on a draft");
    }

    // --- the summary ---

    @Test
    void theSummaryHoldsOnlyWhatTheSenderChose() {
        Victim v = ReferralFixtures.consenting();
        Referral r = draft(v, SHELTER);
        r.send(v, "cw1", NOW, TODAY, DAY);
        VictimSummary s = r.getSummary();
        assertEquals("V-Blue", s.getName());
        assertEquals("25-34", s.getAgeBand());
        assertEquals("Safe bed tonight", s.getNeeds());
        assertNull(s.getAge());
        assertNull(s.getGender());
        assertTrue(s.getLanguages().isEmpty());
        assertNull(s.getSafetyNotes());
        assertNull(s.getContactArrangements());
        assertEquals(EnumSet.of(SummaryField.ALIAS, SummaryField.AGE_BAND, SummaryField.NEEDS), s.getFields());
    }

    @Test
    void theSummaryIsFrozenWhenSentAndTakenAgainWhenADraftIsSent() {
        Victim v = ReferralFixtures.consenting();
        Referral r = id(new Referral(100, v, POLICE, "cw1", SHELTER, EnumSet.of(ServiceType.SHELTER), Urgency.NORMAL, "why",
                new SummaryChoice(EnumSet.of(SummaryField.FIRST_NAME, SummaryField.GENDER, SummaryField.LANGUAGES,
                        SummaryField.AGE), null, "Avoid the north road", "Through the caseworker only"), TODAY));
        rename(v, "Bea", "V-Red");
        r.send(v, "cw1", NOW, TODAY, DAY);
        assertEquals("Bea", r.getSummary().getName(), "a draft's summary is taken again when it is sent");
        assertEquals(Gender.MASCULINE, r.getSummary().getGender());
        assertEquals(30, r.getSummary().getAge());
        assertEquals(Set.of("es"), r.getSummary().getLanguages());
        assertEquals("Through the caseworker only", r.getSummary().getContactArrangements());
        rename(v, "Cleo", "V-Green");
        assertEquals("Bea", r.getSummary().getName(), "a later edit of the victim does not reach the partner");
        assertEquals(Set.of("es"), r.getSummary().getLanguages());
    }

    @Test
    void theSummaryAllowsOneNameOneAgeAndTextsOnlyAsWritten() {
        ValidationException e = assertThrows(ValidationException.class, () -> new SummaryChoice(
                EnumSet.of(SummaryField.ALIAS, SummaryField.FIRST_NAME), null, null, null));
        assertTrue(e.fieldErrors().containsKey("share"));
        assertThrows(ValidationException.class, () -> new SummaryChoice(EnumSet.of(SummaryField.AGE, SummaryField.AGE_BAND),
                null, null, null));
        assertThrows(ValidationException.class, () -> new SummaryChoice(EnumSet.of(SummaryField.NEEDS), null, null, null),
                "needs are written, not named");
        assertThrows(ValidationException.class, () -> new SummaryChoice(Set.of(), "x".repeat(2001), null, null));
        assertEquals(Set.of(), new SummaryChoice(null, " ", null, null).fields(), "a blank text is not shared");
    }

    @Test
    void ageBandsCoverEveryAge() {
        assertNull(VictimSummary.band(null));
        assertEquals("0-11", VictimSummary.band(11));
        assertEquals("12-17", VictimSummary.band(12));
        assertEquals("12-17", VictimSummary.band(17));
        assertEquals("18-24", VictimSummary.band(18));
        assertEquals("35-49", VictimSummary.band(49));
        assertEquals("50+", VictimSummary.band(50));
    }

    // --- partner, services, answers ---

    @Test
    void aReferralGoesToAnActivePartnerOfferingEveryServiceAskedFor() {
        Victim v = victim();
        ValidationException gov = assertThrows(ValidationException.class, () -> draft(v, POLICE));
        assertTrue(gov.fieldErrors().containsKey("recipientAgencyId"));
        ValidationException services = assertThrows(ValidationException.class, () -> new Referral(100, v, POLICE, "cw1",
                SHELTER, EnumSet.of(ServiceType.MEDICAL), Urgency.NORMAL, "why", ReferralFixtures.aliasAndNeeds(), TODAY));
        assertTrue(services.fieldErrors().containsKey("services"));
        ValidationException missing = assertThrows(ValidationException.class, () -> new Referral(100, v, POLICE, "cw1",
                SHELTER, Set.of(), null, " ", ReferralFixtures.aliasAndNeeds(), TODAY));
        assertTrue(missing.fieldErrors().keySet().containsAll(Set.of("services", "urgency", "reason")), missing.fieldErrors().toString());
    }

    @Test
    void declineNeedsAReasonAndCompletionNeedsOutcomeServicesAndAPastDate() {
        Referral sent = ReferralFixtures.in(ReferralStatus.SENT);
        assertThrows(ValidationException.class, () -> sent.decline("", "p", NOW));
        assertEquals(ReferralStatus.SENT, sent.getStatus());
        Referral accepted = ReferralFixtures.in(ReferralStatus.ACCEPTED);
        ValidationException e = assertThrows(ValidationException.class,
                () -> accepted.complete(" ", EnumSet.of(ServiceType.MEDICAL), TODAY.plusDays(1), TODAY));
        assertTrue(e.fieldErrors().keySet().containsAll(Set.of("outcome", "servicesDelivered", "completedOn")));
        assertEquals(ReferralStatus.ACCEPTED, accepted.getStatus());
        accepted.complete("housed for 3 weeks", EnumSet.of(ServiceType.SHELTER), TODAY, TODAY);
        assertEquals(EnumSet.of(ServiceType.SHELTER), accepted.getServicesDelivered());
    }

    @Test
    void aVoidedReferralMovesNoMore() {
        Referral r = ReferralFixtures.in(ReferralStatus.SENT);
        r.voidRecord("entered twice", "sup", NOW);
        assertTrue(r.isVoided());
        assertThrows(DomainException.class, () -> r.accept("p", NOW));
    }

    // --- consent withdrawn later, overdue ---

    @Test
    void aWithdrawnConsentMarksOnlyOpenReferralsAndHidesTheSummaryFromThePartner() {
        for (ReferralStatus s : ReferralStatus.values()) {
            Referral r = ReferralFixtures.in(s);
            boolean marked = r.consentWithdrawn(TODAY);
            assertEquals(s.isOpen(), marked, s.name());
            assertEquals(!s.isOpen(), r.isSummaryShared(), s.name());
            assertFalse(r.consentWithdrawn(TODAY), "once");
        }
    }

    @Test
    void overdueIsSentPastTheResponseDueTimeOnAFixedClock() {
        Referral r = ReferralFixtures.in(ReferralStatus.DRAFT);
        Clock sentAt = Clock.fixed(NOW, ZoneOffset.UTC);
        r.send(ReferralFixtures.consenting(), "cw1", sentAt.instant(), TODAY, Duration.ofHours(24));
        assertFalse(r.isOverdueAt(Clock.offset(sentAt, Duration.ofHours(24)).instant()), "due exactly now: not yet overdue");
        assertTrue(r.isOverdueAt(Clock.offset(sentAt, Duration.ofHours(24).plusSeconds(1)).instant()));
        r.accept("p", NOW);
        assertFalse(r.isOverdueAt(Clock.offset(sentAt, Duration.ofDays(10)).instant()), "an answered referral is never overdue");
        assertFalse(ReferralFixtures.in(ReferralStatus.DRAFT).isOverdueAt(NOW.plus(Duration.ofDays(100))), "nor a draft");
    }

    private static void assertRefusedForConsent(Victim v, org.casebridge.domain.model.agency.Agency to, LocalDate day) {
        Referral r = draft(v, to);
        DomainException e = assertThrows(DomainException.class, () -> r.send(v, "cw1", NOW, day, DAY));
        assertEquals("error.referral.noConsent", e.text().key(), e.getMessage());
        assertEquals(ReferralStatus.DRAFT, r.getStatus());
    }

    private static void rename(Victim v, String given, String alias) {
        v.describe(new VictimDetails(given, "Surname", alias, Gender.MASCULINE, TODAY.minusYears(30), null, Set.of("HT"),
                Set.of("es"), TraffickingStatus.POSSIBLE, null, 25, RelationshipToTrafficker.ACQUAINTED,
                MigrationStatus.IRREGULAR_MIGRANT, null, null, null), TODAY);
    }

    private static Referral id(Referral r) {
        return ReferralFixtures.id(r, 501);
    }

    @Test
    void aCorrectionTakesTheSummaryAgainAsANewVersionOnlyWhileThePartnerStillSeesIt() {
        Victim v = ReferralFixtures.consenting();
        Referral r = draft(v, SHELTER);
        r.send(v, "cw1", NOW, TODAY, DAY);
        assertEquals(1, r.getSummaryVersion());
        r.correctSummary(v, new SummaryChoice(EnumSet.of(SummaryField.FIRST_NAME, SummaryField.LANGUAGES), "Interpreter",
                null, null), "cw1", NOW.plusSeconds(60), TODAY);
        assertEquals(2, r.getSummaryVersion());
        assertEquals("Ana", r.getSummary().getName());
        assertNull(r.getSummary().getAgeBand(), "no longer chosen");
        assertEquals(NOW.plusSeconds(60), r.getSummaryCorrectedAt());

        for (ReferralStatus s : EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.DECLINED, ReferralStatus.COMPLETED,
                ReferralStatus.REVOKED)) {
            Referral other = ReferralFixtures.in(s);
            assertThrows(DomainException.class, () -> other.correctSummary(ReferralFixtures.consenting(),
                    ReferralFixtures.aliasAndNeeds(), "cw1", NOW, TODAY), s + " is not corrected");
        }
        Referral withdrawn = ReferralFixtures.in(ReferralStatus.ACCEPTED);
        withdrawn.consentWithdrawn(TODAY);
        assertThrows(DomainException.class, () -> withdrawn.correctSummary(ReferralFixtures.consenting(),
                ReferralFixtures.aliasAndNeeds(), "cw1", NOW, TODAY), "the partner no longer sees a summary");
        Referral noConsent = ReferralFixtures.in(ReferralStatus.SENT);
        DomainException e = assertThrows(DomainException.class, () -> noConsent.correctSummary(victim(),
                ReferralFixtures.aliasAndNeeds(), "cw1", NOW, TODAY), "consent no longer covers the partner");
        assertEquals("error.referral.noConsentToShare", e.text().key(), e.getMessage());
        assertEquals(1, noConsent.getSummaryVersion());
    }

    @Test
    void textsForThePartnerRefuseControlAndBidiCharacters() {
        assertThrows(ValidationException.class, () -> new SummaryChoice(EnumSet.of(SummaryField.ALIAS), "a\u202Eb", null, null));
        assertThrows(ValidationException.class, () -> new SummaryChoice(EnumSet.of(SummaryField.ALIAS), null, "a\u0007b", null));
        assertEquals("two\nlines", new SummaryChoice(EnumSet.of(SummaryField.ALIAS), "two\nlines", null, null).needs());
    }
}
