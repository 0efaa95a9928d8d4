package org.casebridge.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyDetails;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseFileTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Country JAMAICA = new Country(CountryCode.of("JM"), "Jamaica", true);
    static final Agency POLICE = new Agency(new AgencyCode("JM-POLICE"), new AgencyDetails("Police",
            AgencyType.LAW_ENFORCEMENT, JAMAICA, Set.of(), null, null, null));

    static UserAccount caseworker() {
        return new UserAccount(new Username("cw-test"), "Caseworker", POLICE, EnumSet.of(Role.CASEWORKER), "hash", NOW);
    }

    static CaseDetails details() {
        return new CaseDetails(CaseStage.IDENTIFICATION, RiskLevel.HIGH, TODAY.minusDays(3), "Kingston",
                EnumSet.of(ExploitationType.SEXUAL_EXPLOITATION), EnumSet.of(SexExploitationType.PROSTITUTION), null,
                EnumSet.of(MethodOfControl.DEBT_BONDAGE), EnumSet.noneOf(MethodOfRecruitment.class),
                EnumSet.noneOf(WebsiteOrApp.class), EnumSet.noneOf(WebsiteOrApp.class), null);
    }

    static CaseFile newCase() {
        return new CaseFile(CaseNumber.of(CountryCode.of("JM"), 2026, 42), caseworker(), details(), TODAY);
    }

    @Test
    void aNewCaseIsActiveOwnedByTheCaseworkersAgencyAndDueForReviewInThirtyDays() {
        CaseFile c = newCase();
        assertEquals(CaseStatus.ACTIVE, c.getStatus());
        assertEquals("JM-2026-00042", c.getNumber().value());
        assertTrue(c.isOwnedBy(POLICE));
        assertEquals(TODAY.plusDays(30), c.getReviewDue(), "30 days from recording it (identified 3 days ago)");
        assertFalse(c.isOverdueOn(TODAY.plusDays(30)));
        assertTrue(c.isOverdueOn(TODAY.plusDays(31)));
    }

    @Test
    void aCaseRecordedMonthsAfterIdentificationIsNotOverdueAtBirth() {
        CaseDetails d = details();
        CaseDetails old = new CaseDetails(d.stage(), d.riskLevel(), TODAY.minusMonths(5), d.identificationPlace(),
                d.exploitationTypes(), d.sexExploitationTypes(), d.forcedLabourIndustry(), d.methodsOfControl(),
                d.methodsOfRecruitment(), d.recruitmentApps(), d.exploitationApps(), null);
        CaseFile c = new CaseFile(CaseNumber.of(CountryCode.of("JM"), 2026, 43), caseworker(), old, TODAY);
        assertEquals(TODAY.plusDays(CaseFile.FIRST_REVIEW_DAYS), c.getReviewDue());
        assertFalse(c.isOverdueOn(TODAY));
        CaseDetails chosen = new CaseDetails(d.stage(), d.riskLevel(), TODAY.minusMonths(5), d.identificationPlace(),
                d.exploitationTypes(), d.sexExploitationTypes(), d.forcedLabourIndustry(), d.methodsOfControl(),
                d.methodsOfRecruitment(), d.recruitmentApps(), d.exploitationApps(), TODAY.minusMonths(1));
        assertEquals(TODAY.minusMonths(1), new CaseFile(CaseNumber.of(CountryCode.of("JM"), 2026, 44), caseworker(), chosen, TODAY)
                .getReviewDue(), "the user's choice stands, even in the past");
    }

    @Test
    void invalidDetailsAreAllReportedAndNothingIsApplied() {
        CaseFile c = newCase();
        CaseDetails bad = new CaseDetails(null, null, TODAY.plusDays(1), "x".repeat(201), EnumSet.of(ExploitationType.FORCED_LABOUR),
                EnumSet.of(SexExploitationType.PORNOGRAPHY), null, null, null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> c.describe(bad, TODAY));
        assertTrue(e.fieldErrors().keySet().containsAll(Set.of("stage", "riskLevel", "identificationDate",
                "identificationPlace", "sexExploitationTypes")), e.fieldErrors().toString());
        assertEquals(RiskLevel.HIGH, c.getRiskLevel());
        assertEquals("Kingston", c.getIdentificationPlace());
    }

    @Test
    void anIndustryIsOnlyForLabourExploitation() {
        CaseDetails d = new CaseDetails(CaseStage.ASSISTANCE, RiskLevel.LOW, TODAY, null,
                EnumSet.of(ExploitationType.FORCED_MARRIAGE), null, ForcedLabourIndustry.F, null, null, null, null, null);
        assertTrue(assertThrows(ValidationException.class, () -> newCase().describe(d, TODAY)).fieldErrors()
                .containsKey("forcedLabourIndustry"));
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void statusTransitionsAreExactlyTheAllowedOnes(CaseStatus from) {
        for (CaseStatus to : CaseStatus.values()) {
            boolean expected = switch (from) {
                case ACTIVE -> to == CaseStatus.FOLLOW_UP || to.isClosed();
                case FOLLOW_UP -> to == CaseStatus.ACTIVE || to.isClosed();
                case CLOSED, CLOSED_REFERRED -> to == CaseStatus.ACTIVE;
            };
            assertEquals(expected, from.canBecome(to), from + " -> " + to);
        }
    }

    @Test
    void closingNeedsAReasonAndCannotBeDoneThroughChangeStatus() {
        CaseFile c = newCase();
        assertThrows(DomainException.class, () -> c.changeStatus(CaseStatus.CLOSED));
        ValidationException e = assertThrows(ValidationException.class,
                () -> c.requestClosure(CaseStatus.CLOSED, "  ", false, "cw", NOW));
        assertTrue(e.fieldErrors().containsKey("closureReason"));
        assertEquals(CaseStatus.ACTIVE, c.getStatus());
    }

    @Test
    void withoutApprovalTheCaseClosesAtOnce() {
        CaseFile c = newCase();
        assertTrue(c.requestClosure(CaseStatus.CLOSED_REFERRED, "Referred to the shelter", false, "cw", NOW));
        assertEquals(CaseStatus.CLOSED_REFERRED, c.getStatus());
        assertEquals(NOW, c.getClosedAt());
    }

    @Test
    void withApprovalTheClosureWaitsForTheSupervisor() {
        CaseFile c = newCase();
        assertFalse(c.requestClosure(CaseStatus.CLOSED, "Returned home safely", true, "cw", NOW));
        assertEquals(CaseStatus.ACTIVE, c.getStatus());
        assertTrue(c.isClosurePending());
        assertThrows(DomainException.class, () -> c.requestClosure(CaseStatus.CLOSED, "again", true, "cw", NOW));
        c.approveClosure("sup", "agreed", NOW);
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertFalse(c.isClosurePending());
        assertEquals("sup", c.getClosureReviewedBy());
    }

    @Test
    void aRejectedClosureNeedsACommentAndLeavesTheCaseOpen() {
        CaseFile c = newCase();
        c.requestClosure(CaseStatus.CLOSED, "Done", true, "cw", NOW);
        assertThrows(ValidationException.class, () -> c.rejectClosure("sup", " "));
        assertTrue(c.isClosurePending());
        c.rejectClosure("sup", "The victim still needs shelter");
        assertFalse(c.isClosurePending());
        assertEquals(CaseStatus.ACTIVE, c.getStatus());
        assertEquals("The victim still needs shelter", c.getClosureReviewComment());
    }

    @Test
    void approvingWithoutARequestIsRefused() {
        assertThrows(DomainException.class, () -> newCase().approveClosure("sup", null, NOW));
    }

    @Test
    void aClosedCaseCannotChangeUntilReopened() {
        CaseFile c = newCase();
        c.requestClosure(CaseStatus.CLOSED, "Done", false, "cw", NOW);
        assertThrows(DomainException.class, () -> c.describe(details(), TODAY));
        assertThrows(DomainException.class, () -> c.addEvent(EventType.TRANSIT, CountryCode.of("BS"), null, TODAY, TODAY));
        assertThrows(ValidationException.class, () -> c.reopen(""));
        c.reopen("New information from the police");
        assertEquals(CaseStatus.ACTIVE, c.getStatus());
        assertNull(c.getClosedAt());
        c.describe(details(), TODAY);
    }

    @Test
    void aClosedCaseTakesNoNoteUntilReopened() {
        CaseFile c = newCase();
        c.addNote("Before closing", "cw", NOW);
        c.requestClosure(CaseStatus.CLOSED, "Done", false, "cw", NOW);
        assertThrows(DomainException.class, () -> c.addNote("After closing", "cw", NOW));
        assertEquals(1, c.getNotes().size());
        c.reopen("More to do");
        c.addNote("After reopening", "cw", NOW);
        assertEquals(2, c.getNotes().size());
    }

    @Test
    void everyTextOfTheCaseIsCheckedAgainstItsColumnAndForControlCharacters() {
        CaseFile c = newCase();
        assertTextRefused("identificationPlace", () -> c.describe(withPlace("p".repeat(CaseFile.IDENTIFICATION_PLACE_MAX + 1)), TODAY));
        assertTextRefused("identificationPlace", () -> c.describe(withPlace("Kings\u0000ton"), TODAY));
        c.describe(withPlace("p".repeat(CaseFile.IDENTIFICATION_PLACE_MAX)), TODAY);
        assertTextRefused("text", () -> c.addNote("n".repeat(CaseNote.MAX + 1), "cw", NOW));
        assertTextRefused("text", () -> c.addNote("bell\u0007", "cw", NOW));
        assertEquals("line one\n\tline two", c.addNote("line one\r\n\tline two", "cw", NOW).getText());
        assertTextRefused("place", () -> c.addEvent(EventType.TRANSIT, null, "p".repeat(TraffickingEvent.PLACE_MAX + 1), TODAY, TODAY));
        assertTextRefused("objectives", () -> c.addSupportPlan(SupportPlanType.values()[0],
                "o".repeat(SupportPlan.OBJECTIVES_MAX + 1), null, TODAY));
        assertTextRefused("name", () -> new Perpetrator("\u202Eeman", EnumSet.of(PerpetratorRole.values()[0]), null, null));
        assertTextRefused("organisation", () -> new Perpetrator(null, EnumSet.of(PerpetratorRole.values()[0]), null,
                "o".repeat(Perpetrator.ORGANISATION_MAX + 1)));
        assertTextRefused("closureReason", () -> c.requestClosure(CaseStatus.CLOSED, "r".repeat(CaseFile.CLOSURE_REASON_MAX + 1),
                true, "cw", NOW));
        c.requestClosure(CaseStatus.CLOSED, "r".repeat(CaseFile.CLOSURE_REASON_MAX), true, "cw", NOW);
        assertTextRefused("comment", () -> c.rejectClosure("sup", "c".repeat(CaseFile.CLOSURE_COMMENT_MAX + 1)));
        assertTextRefused("comment", () -> c.approveClosure("sup", "c".repeat(CaseFile.CLOSURE_COMMENT_MAX + 1), NOW));
        assertTrue(c.isClosurePending(), "a refused decision leaves the closure waiting");
        c.approveClosure("sup", "c".repeat(CaseFile.CLOSURE_COMMENT_MAX), NOW);
        assertTextRefused("reason", () -> c.reopen("r".repeat(CaseFile.REOPEN_REASON_MAX + 1)));
        c.reopen("r".repeat(CaseFile.REOPEN_REASON_MAX));
        assertEquals(CaseFile.CLOSURE_COMMENT_MAX, c.getClosureReviewComment().length());
    }

    private static void assertTextRefused(String field, org.junit.jupiter.api.function.Executable action) {
        ValidationException e = assertThrows(ValidationException.class, action);
        assertTrue(e.fieldErrors().containsKey(field), field + " in " + e.fieldErrors());
    }

    private static CaseDetails withPlace(String place) {
        CaseDetails d = details();
        return new CaseDetails(d.stage(), d.riskLevel(), d.identificationDate(), place, d.exploitationTypes(),
                d.sexExploitationTypes(), d.forcedLabourIndustry(), d.methodsOfControl(), d.methodsOfRecruitment(),
                d.recruitmentApps(), d.exploitationApps(), d.reviewDue());
    }

    @Test
    void onlyAnOpenCaseCanBeReopened() {
        assertThrows(DomainException.class, () -> newCase().reopen("why"));
    }

    @Test
    void eventsNeedAPlaceOrCountryAndNoFutureDate() {
        CaseFile c = newCase();
        ValidationException e = assertThrows(ValidationException.class,
                () -> c.addEvent(EventType.RECRUITMENT, null, " ", TODAY.plusDays(1), TODAY));
        assertTrue(e.fieldErrors().keySet().containsAll(Set.of("country", "date")));
        c.addEvent(EventType.RECRUITMENT, CountryCode.of("HT"), "Port-au-Prince", TODAY.minusYears(1), TODAY);
        assertEquals(1, c.getEvents().size());
    }

    @Test
    void theTeamTakesOnlyActiveCaseworkersOfTheCasesCountry() {
        CaseFile c = newCase();
        Country bahamas = new Country(CountryCode.of("BS"), "The Bahamas", true);
        Agency bsPolice = new Agency(new AgencyCode("BS-POLICE"), new AgencyDetails("Police BS", AgencyType.LAW_ENFORCEMENT,
                bahamas, Set.of(), null, null, null));
        UserAccount foreign = new UserAccount(new Username("cw-bs"), "BS", bsPolice, EnumSet.of(Role.CASEWORKER), "h", NOW);
        assertThrows(ValidationException.class, () -> c.addToTeam(foreign));
        UserAccount supervisor = new UserAccount(new Username("sup-x"), "Sup", POLICE, EnumSet.of(Role.SUPERVISOR), "h", NOW);
        assertThrows(ValidationException.class, () -> c.addToTeam(supervisor));
    }

    @Test
    void onlyACaseworkerOfACountryAgencyOpensACase() {
        UserAccount supervisor = new UserAccount(new Username("sup-y"), "Sup", POLICE, EnumSet.of(Role.SUPERVISOR), "h", NOW);
        assertThrows(DomainException.class, () -> new CaseFile(CaseNumber.of(CountryCode.of("JM"), 2026, 1), supervisor,
                details(), TODAY));
    }
}
