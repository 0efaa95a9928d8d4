package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/** Editing a case's description through the edit dialog. */
class CaseEditIT {

    @Test
    void caseworkerRaisesTheRiskLevelAndSeesItSaved() {
        String place = "Edit " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage details = CaseIntakePage.openCase(home, browser, place, "Low");
            assertEquals("Low", details.summaryRisk());

            details.startEdit().chooseRisk("Critical");
            browser.screenshot("case-edit");
            details.saveEdit();
            assertEquals("Critical", details.summaryRisk());
            assertTrue(details.header().contains("Critical"), details.header());

            CaseDetailsPage reloaded = CaseDetailsPage.open(browser, details.id());
            assertEquals("Critical", reloaded.summaryRisk(), "saved, not only shown");
        }
    }

    @Test
    void aSupervisorReassignsTheCaseToAnotherCaseworkerOfTheCountry() {
        String place = "Reassign " + UUID.randomUUID().toString().substring(0, 8);
        long id;
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            id = CaseIntakePage.openCase(home, browser, place, "Medium").id();
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage details = CaseDetailsPage.open(browser, id).reassign("Caseworker two (JM) – JM-PICA");
            assertEquals("Caseworker two (JM)", details.assignedTo());
            assertEquals("Caseworker two (JM)", CaseDetailsPage.open(browser, id).assignedTo(), "saved");
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw2-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(CaseDetailsPage.open(browser, id).isShown(), "the new caseworker of another agency now sees it");
        }
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefusedAndNothingIsSaved() {
        String place = "Conflict " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser first = Browser.open(); Browser second = Browser.open()) {
            HomePage home = LoginPage.open(first).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage mine = CaseIntakePage.openCase(home, first, place, "Low");
            LoginPage.open(second).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage theirs = CaseDetailsPage.open(second, mine.id());

            theirs.editRisk("High");
            mine.editRisk("Medium");

            assertTrue(mine.editDialogMessages().contains("changed by someone else"), mine.editDialogMessages());
            assertEquals("High", CaseDetailsPage.open(first, mine.id()).summaryRisk(), "the later edit was not saved");
        }
    }

    @Test
    void aSaveThatMeetsANewerVersionShowsWhatChangedAndReappliesTheUsersChangesOverIt() {
        String place = "Reapply " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser first = Browser.open(); Browser second = Browser.open()) {
            HomePage home = LoginPage.open(first).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage mine = CaseIntakePage.openCase(home, first, place, "Low");
            LoginPage.open(second).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage theirs = CaseDetailsPage.open(second, mine.id());

            mine.startEdit().chooseRisk("Medium");
            // meanwhile, in the other tab: the risk and the place
            theirs.startEdit().chooseRisk("High").typeEditText("identificationPlace", place + " harbour").saveEdit();
            assertEquals("High", theirs.summaryRisk());

            mine.saveEdit();
            String panel = mine.editConflict();
            assertTrue(panel.contains("Risk level: High") && panel.contains("you changed this too"), panel);
            assertTrue(panel.contains("Place of identification: " + place + " harbour"), panel);
            assertEquals("Medium", mine.editRiskChosen(), "the user's choice is still in the dialog");

            mine.reapplyEdit();
            assertEquals("Medium", mine.editRiskChosen(), "the user's own change is kept");
            assertEquals(place + " harbour", mine.editText("identificationPlace"), "the other change is taken in");
            assertTrue(mine.editDialogMessages().contains("with your changes over it"), mine.editDialogMessages());
            mine.saveEdit();
            assertEquals("Medium", mine.summaryRisk());

            CaseDetailsPage reloaded = CaseDetailsPage.open(first, mine.id());
            assertEquals("Medium", reloaded.summaryRisk(), "saved");
            reloaded.startEdit();
            assertEquals(place + " harbour", reloaded.editText("identificationPlace"), "their change was not undone");
        }
    }
}
