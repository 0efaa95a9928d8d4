package org.casebridge.domain.model.cooperation;

import static org.casebridge.domain.model.cooperation.CooperationFixtures.BAHAMAS;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.CUBA_NOT_PARTICIPATING;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.JAMAICA;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.NOW;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.REFERENCE;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.TIMES;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseNumber;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.Perpetrator;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;
import org.junit.jupiter.api.Test;

class CooperationRequestTest {

    @Test
    void aDraftNamesTheCaseTheTwoCountriesAndTheExtractButNoReferenceYet() {
        Victim v = CooperationFixtures.victim();
        CooperationRequest r = CooperationFixtures.draft(CooperationFixtures.caseWith(v), v, CooperationFixtures.caseOnly(), null);
        assertEquals(RequestStatus.DRAFT, r.getStatus());
        assertEquals("JM", r.getRequestingCountry());
        assertEquals("BS", r.getRequestedCountry());
        assertEquals(100, r.getCaseId());
        assertNull(r.getReference(), "no number is spent on a draft");
        assertEquals("JM-2026-00042", r.getExtract().getCaseNumber());
    }

    @Test
    void aRequestGoesToAnotherParticipatingCountryWithALegalBasisAndAPurpose() {
        Victim v = CooperationFixtures.victim();
        CaseFile c = CooperationFixtures.caseWith(v);
        ValidationException same = assertThrows(ValidationException.class, () -> new CooperationRequest(c, v, JAMAICA, "fp-jm",
                RequestType.FAMILY_TRACING, Priority.NORMAL, "basis", "purpose", CooperationFixtures.caseOnly(), null, TODAY));
        assertTrue(same.fieldErrors().containsKey("requestedCountry"), same.fieldErrors().toString());
        ValidationException outside = assertThrows(ValidationException.class, () -> new CooperationRequest(c, v,
                CUBA_NOT_PARTICIPATING, "fp-jm", RequestType.FAMILY_TRACING, Priority.NORMAL, "basis", "purpose",
                CooperationFixtures.caseOnly(), null, TODAY));
        assertTrue(outside.fieldErrors().containsKey("requestedCountry"), outside.fieldErrors().toString());
        ValidationException blank = assertThrows(ValidationException.class, () -> new CooperationRequest(c, v, BAHAMAS, "fp-jm",
                null, null, " ", "x".repeat(CooperationRequest.PURPOSE_MAX + 1), CooperationFixtures.caseOnly(), "\u202Ebidi", TODAY));
        assertEquals(Set.of("type", "priority", "legalBasis", "purpose", "sharingBasis"), blank.fieldErrors().keySet(),
                "every mistake is reported at once: " + blank.fieldErrors());
    }

    @Test
    void anExtractChoiceNeedsAFieldAndAVictimForVictimFields() {
        assertThrows(ValidationException.class, () -> new ExtractChoice(EnumSet.noneOf(ExtractField.class), null));
        ValidationException noVictim = assertThrows(ValidationException.class,
                () -> new ExtractChoice(EnumSet.of(ExtractField.VICTIM_GENDER), null));
        assertTrue(noVictim.fieldErrors().containsKey("extract.victimId"));
        assertNull(new ExtractChoice(EnumSet.of(ExtractField.CASE_NUMBER), 10L).victimId(),
                "a victim is not named when none of its fields is shared");
        Victim stranger = CooperationFixtures.id(CooperationFixtures.victim(), 99);
        assertThrows(IllegalArgumentException.class, () -> CooperationFixtures.draft(CooperationFixtures.caseWith(
                CooperationFixtures.victim()), stranger, CooperationFixtures.withNames(stranger), null),
                "only a victim of the case");
    }

    @Test
    void sendingGivesTheReferenceAndSetsBothDeadlinesFromTheResponseTimes() {
        CooperationRequest r = CooperationFixtures.in(RequestStatus.SENT);
        assertEquals("JM-CR-2026-00007", r.getReference());
        assertEquals(NOW.plus(Duration.ofHours(48)), r.getAcknowledgeBy());
        assertEquals(NOW.plus(Duration.ofDays(10)), r.getAnswerBy());
        assertEquals("fp-jm", r.getSentBy());
        Victim v = CooperationFixtures.victim();
        CaseFile c = CooperationFixtures.caseWith(v);
        CooperationRequest other = CooperationFixtures.draft(c, v, CooperationFixtures.caseOnly(), null);
        assertThrows(IllegalArgumentException.class, () -> other.send(RequestReference.of(CountryCode.of("BS"), 2026, 1), c, v,
                "fp-jm", NOW, TODAY, TIMES), "a reference of the requesting country only");
    }

    @Test
    void overdueIsComputedPerDeadlineAgainstAFixedClock() {
        CooperationRequest r = CooperationFixtures.in(RequestStatus.SENT);
        Instant ackBy = NOW.plus(Duration.ofHours(48));
        Instant answerBy = NOW.plus(Duration.ofDays(10));
        assertEquals(Set.of(), r.overdueAt(ackBy), "due at that instant, not overdue yet");
        assertEquals(Set.of(Deadline.ACKNOWLEDGEMENT), r.overdueAt(ackBy.plusSeconds(1)));
        assertEquals(Set.of(Deadline.ACKNOWLEDGEMENT, Deadline.ANSWER), r.overdueAt(answerBy.plusSeconds(1)));
        r.acknowledge("fp-bs", ackBy.plusSeconds(5));
        assertEquals(Set.of(), r.overdueAt(answerBy), "acknowledged late, answer not due yet");
        assertEquals(Set.of(Deadline.ANSWER), r.overdueAt(answerBy.plusSeconds(1)));
        r.answer("fp-bs", answerBy.plusSeconds(2));
        assertFalse(r.isOverdueAt(answerBy.plus(Duration.ofDays(100))), "an answered request waits for the requester, not overdue");
        for (RequestStatus s : EnumSet.of(RequestStatus.DRAFT, RequestStatus.CLOSED, RequestStatus.REFUSED, RequestStatus.WITHDRAWN)) {
            assertFalse(CooperationFixtures.in(s).isOverdueAt(NOW.plus(Duration.ofDays(365))), s + " is never overdue");
        }
    }

    @Test
    void eachPassedDeadlineEscalatesOnceAndAFollowUpStartsANewAnswerDeadline() {
        CooperationRequest r = CooperationFixtures.in(RequestStatus.SENT);
        Instant late = NOW.plus(Duration.ofDays(11));
        assertEquals(Set.of(Deadline.ACKNOWLEDGEMENT, Deadline.ANSWER), r.escalationDueAt(late));
        assertTrue(r.markEscalated(Deadline.ACKNOWLEDGEMENT, late));
        assertFalse(r.markEscalated(Deadline.ACKNOWLEDGEMENT, late.plusSeconds(60)), "once");
        assertEquals(Set.of(Deadline.ANSWER), r.escalationDueAt(late));
        assertTrue(r.markEscalated(Deadline.ANSWER, late));
        assertEquals(Set.of(), r.escalationDueAt(late.plus(Duration.ofDays(30))), "nothing more to escalate");

        r.acknowledge("fp-bs", late);
        r.answer("fp-bs", late);
        Instant followUp = late.plus(Duration.ofDays(1));
        r.followUp(followUp);
        assertEquals(RequestStatus.ACKNOWLEDGED, r.getStatus());
        assertEquals(1, r.getFollowUps());
        assertEquals(followUp.plus(Duration.ofDays(10)), r.getAnswerBy());
        assertEquals(late, r.getFirstAnsweredAt(), "the timing figures keep the first answer");
        assertEquals(Set.of(), r.escalationDueAt(followUp.plus(Duration.ofDays(10))));
        assertEquals(Set.of(Deadline.ANSWER), r.escalationDueAt(followUp.plus(Duration.ofDays(10)).plusSeconds(1)),
                "the follow-up's deadline escalates again, once");
    }

    @Test
    void anExtractWithoutVictimDataNeedsNoConsent() {
        Victim v = CooperationFixtures.victim();
        CaseFile c = CooperationFixtures.caseWith(v);
        CooperationRequest r = CooperationFixtures.draft(c, v, CooperationFixtures.caseOnly(), null);
        r.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES);
        assertEquals(RequestStatus.SENT, r.getStatus());
    }

    @Test
    void victimDataNeedsAValidConsentToCrossBorderSharingCoveringTheRequestedCountry() {
        assertSent(CooperationFixtures.consentingTo("BS"), true, "consent for The Bahamas");
        assertSent(CooperationFixtures.consentingTo("TT"), false, "consent for another country");
        assertSent(CooperationFixtures.victim(), false, "no consent");
        Victim any = CooperationFixtures.victim();
        any.recordConsent(ConsentPurpose.CROSS_BORDER_SHARING, ConsentScope.ANY, null, TODAY.minusDays(1), null, "fp-jm", TODAY);
        assertSent(any, true, "consent for any country");
        Victim wrongPurpose = CooperationFixtures.victim();
        wrongPurpose.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.ANY, null, TODAY.minusDays(1), null, "fp-jm", TODAY);
        assertSent(wrongPurpose, false, "consent to a service referral only");
        Victim expired = CooperationFixtures.victim();
        expired.recordConsent(ConsentPurpose.CROSS_BORDER_SHARING, ConsentScope.COUNTRY, "BS", TODAY.minusDays(30),
                TODAY.minusDays(1), "fp-jm", TODAY);
        assertSent(expired, false, "expired consent");
        Victim withdrawn = CooperationFixtures.consentingTo("BS");
        withdrawn.getConsents().get(0).withdraw(TODAY, TODAY);
        assertSent(withdrawn, false, "withdrawn consent");
    }

    @Test
    void aRecordedLegalBasisAllowsSharingWithoutConsentAndIsKeptWithItsAuthor() {
        Victim v = CooperationFixtures.victim();
        CaseFile c = CooperationFixtures.caseWith(v);
        CooperationRequest r = CooperationFixtures.draft(c, v, CooperationFixtures.withNames(v), null);
        assertThrows(ValidationException.class, () -> r.recordSharingBasis("  ", "fp-jm"));
        r.recordSharingBasis("Law-enforcement cooperation under the 2019 treaty, art. 4", "fp-jm");
        r.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES);
        assertEquals(RequestStatus.SENT, r.getStatus());
        assertEquals("fp-jm", r.getSharingBasisBy());
        assertThrows(DomainException.class, () -> r.recordSharingBasis("another", "fp-jm"), "only before sending");
    }

    @Test
    void theExtractHoldsOnlyTheChosenFieldsAndNothingOutsideTheAllowlistEver() throws IllegalAccessException {
        Victim v = CooperationFixtures.consentingTo("BS");
        CaseFile c = CooperationFixtures.caseWith(v);
        CooperationRequest caseOnly = CooperationFixtures.draft(c, v, CooperationFixtures.caseOnly(), null);
        caseOnly.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES);
        List<String> values = values(caseOnly.getExtract());
        assertTrue(values.stream().noneMatch(s -> s.contains("Canary")), "no victim or perpetrator data: " + values);
        assertEquals("SEXUAL_EXPLOITATION,PROSTITUTION", caseOnly.getExtract().getExploitation());
        assertNull(caseOnly.getExtract().getVictimId());

        CooperationRequest names = CooperationFixtures.draft(c, v, CooperationFixtures.withNames(v), null);
        names.send(RequestReference.of(CountryCode.of("JM"), 2026, 8), c, v, "fp-jm", NOW, TODAY, TIMES);
        CaseExtract e = names.getExtract();
        assertEquals("Canarygiven", e.getGivenName());
        assertEquals("Canaryfamily", e.getFamilyName());
        assertEquals(TODAY.minusYears(19), e.getBirthDate());
        assertNull(e.getGender(), "gender was not chosen");
        assertTrue(e.getCitizenships().isEmpty() && e.getLanguages().isEmpty());
        List<String> all = values(e);
        for (String never : List.of("canary@example.org", "1 Canary Road", "+18765550100", "Canary note", "Canary Trafficker",
                "Montego Bay")) {
            assertTrue(all.stream().noneMatch(s -> s.contains(never)), never + " must not be in the extract: " + all);
        }
    }

    @Test
    void theExtractIsTakenAgainAtSendingAndThenStaysFrozen() {
        Victim v = CooperationFixtures.consentingTo("BS");
        CaseFile c = CooperationFixtures.caseWith(v);
        CooperationRequest r = CooperationFixtures.draft(c, v, new ExtractChoice(EnumSet.of(ExtractField.IDENTIFICATION,
                ExtractField.VICTIM_NAMES), v.getId()), null);
        c.describe(details("Ocho Rios"), TODAY);
        r.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES);
        assertEquals("Ocho Rios", r.getExtract().getIdentificationPlace(), "the draft's extract is taken again when sent");
        c.describe(details("Negril"), TODAY);
        v.describe(new VictimDetails("Renamed", "Other", "V-Other", Gender.MASCULINE, null, 30, Set.of("JM"), Set.of("en"),
                TraffickingStatus.POSSIBLE, null, null, null, MigrationStatus.IRREGULAR_MIGRANT, null, null, null), TODAY);
        assertEquals("Ocho Rios", r.getExtract().getIdentificationPlace(), "later edits of the case do not reach the other country");
        assertEquals("Canarygiven", r.getExtract().getGivenName(), "nor of the victim");
    }

    @Test
    void onlyTheRequestedCountryLinksOneOfItsOwnCasesAndNotToADraft() {
        CooperationRequest draft = CooperationFixtures.in(RequestStatus.DRAFT);
        CaseFile bahamian = CooperationFixtures.id(new CaseFile(CaseNumber.of(CountryCode.of("BS"), 2026, 3),
                new org.casebridge.domain.model.account.UserAccount(new org.casebridge.domain.model.account.Username("fp-bs"),
                        "BS", new org.casebridge.domain.model.agency.Agency(new org.casebridge.domain.model.agency.AgencyCode("BS-POLICE"),
                                new org.casebridge.domain.model.agency.AgencyDetails("Police",
                                        org.casebridge.domain.model.agency.AgencyType.LAW_ENFORCEMENT, BAHAMAS, Set.of(), null, null,
                                        null)), EnumSet.of(org.casebridge.domain.model.account.Role.CASEWORKER), "h", NOW),
                details("Nassau"), TODAY), 300);
        assertThrows(DomainException.class, () -> draft.linkCase(bahamian));
        CooperationRequest sent = CooperationFixtures.in(RequestStatus.SENT);
        assertThrows(ValidationException.class, () -> sent.linkCase(CooperationFixtures.caseWith(CooperationFixtures.victim())),
                "a case of the requesting country is not the requested country's own");
        sent.linkCase(bahamian);
        assertEquals(300L, sent.getLinkedCaseId());
    }

    @Test
    void onlyADraftIsDiscardedAndADiscardedDraftCannotBeSent() {
        CooperationRequest sent = CooperationFixtures.in(RequestStatus.SENT);
        assertThrows(DomainException.class, () -> sent.voidDraft("mistake", "fp-jm", NOW));
        Victim v = CooperationFixtures.victim();
        CaseFile c = CooperationFixtures.caseWith(v);
        CooperationRequest draft = CooperationFixtures.draft(c, v, CooperationFixtures.caseOnly(), null);
        assertThrows(ValidationException.class, () -> draft.voidDraft(" ", "fp-jm", NOW));
        draft.voidDraft("sent by mistake to the wrong country", "fp-jm", NOW);
        assertThrows(DomainException.class, () -> draft.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES));
    }

    @Test
    void refusingAndWithdrawingNeedAReason() {
        assertThrows(ValidationException.class, () -> CooperationFixtures.in(RequestStatus.SENT).refuse(" ", "fp-bs", NOW));
        assertThrows(ValidationException.class, () -> CooperationFixtures.in(RequestStatus.ACKNOWLEDGED).withdraw(null, "fp-jm", NOW));
        CooperationRequest r = CooperationFixtures.in(RequestStatus.REFUSED);
        assertEquals("outside our mandate", r.getEndReason());
        assertEquals("fp-bs", r.getEndedBy());
    }

    @Test
    void everyCodeOfTheCaseFitsTheExtractsColumns() {
        int exploitation = names(ExploitationType.values()) + names(SexExploitationType.values())
                + java.util.Arrays.stream(ForcedLabourIndustry.values()).mapToInt(x -> x.name().length()).max().orElse(0) + 1;
        assertTrue(exploitation <= CaseExtract.CODES_MAX, "exploitation codes: " + exploitation);
        int control = names(MethodOfControl.values()) + names(MethodOfRecruitment.values());
        assertTrue(control <= CaseExtract.CODES_MAX, "control and recruitment codes: " + control);
    }

    @Test
    void manyPerpetratorsAreCutWithALineSayingHowManyMore() {
        List<Perpetrator> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(new Perpetrator("N".repeat(190) + i, EnumSet.allOf(PerpetratorRole.class), null, "O".repeat(200)));
        }
        String text = CaseExtract.perpetrators(many);
        assertTrue(text.length() <= CaseExtract.PERPETRATORS_MAX, "fits the column: " + text.length());
        assertTrue(text.matches("(?s).*\\(and \\d+ more in the case\\)$"), text.substring(text.length() - 40));
    }

    @Test
    void aReferenceIsPerRequestingCountryAndYear() {
        assertEquals("JM-CR-2026-00007", REFERENCE.value());
        assertEquals("JM", REFERENCE.country().value());
        assertEquals(2026, REFERENCE.year());
        assertThrows(ValidationException.class, () -> new RequestReference("JM-2026-00007"));
        assertThrows(IllegalArgumentException.class, () -> RequestReference.of(CountryCode.of("JM"), 2026, 100_000));
    }

    private static void assertSent(Victim v, boolean allowed, String what) {
        CaseFile c = CooperationFixtures.caseWith(v);
        CooperationRequest r = CooperationFixtures.draft(c, v, CooperationFixtures.withNames(v), null);
        if (allowed) {
            r.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES);
            assertEquals(RequestStatus.SENT, r.getStatus(), what);
        } else {
            DomainException e = assertThrows(DomainException.class, () -> r.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES), what);
            assertEquals("error.cooperation.noConsent", e.text().key(), e.getMessage());
            assertEquals(RequestStatus.DRAFT, r.getStatus(), what + ": still a draft");
            assertNull(r.getReference(), what + ": no reference spent");
        }
    }

    private static CaseDetails details(String place) {
        return new CaseDetails(CaseStage.IDENTIFICATION, RiskLevel.HIGH, TODAY.minusDays(3), place,
                EnumSet.of(ExploitationType.SEXUAL_EXPLOITATION), EnumSet.of(SexExploitationType.PROSTITUTION), null,
                EnumSet.of(MethodOfControl.DEBT_BONDAGE), EnumSet.noneOf(MethodOfRecruitment.class),
                EnumSet.noneOf(WebsiteOrApp.class), EnumSet.noneOf(WebsiteOrApp.class), null);
    }

    private static int names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).mapToInt(x -> x.name().length() + 1).sum();
    }

    /** Every value the extract holds, as text. */
    private static List<String> values(CaseExtract e) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : CaseExtract.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object value = f.get(e);
            if (value != null) {
                out.add(value.toString());
            }
        }
        return out;
    }
}
