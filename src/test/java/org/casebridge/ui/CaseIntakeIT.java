package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/** A caseworker records a new case through the guided intake. */
class CaseIntakeIT {

    @Test
    void caseworkerWalksThroughTheIntakeAndSeesTheNewCase() {
        String place = "Intake " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseIntakePage intake = CaseIntakePage.open(home, browser).caseStep("Identification", "High", place);
            browser.screenshot("case-intake-case");
            intake.next().victimStep("Rose", "Given", "Family", "Possible victim of trafficking");
            browser.screenshot("case-intake-victim");
            intake.next().exploitationStep("Sexual exploitation").next().addConsent("Referral to services");
            browser.screenshot("case-intake-consent");
            intake.next();
            browser.screenshot("case-intake-review");
            CaseDetailsPage details = intake.confirm();
            assertTrue(details.isShown(), details.pageText());
            assertTrue(details.number().matches("JM-" + Year.now() + "-\\d{5}"), details.number());
            assertEquals("Active", details.status());
            assertTrue(details.pageText().contains("The case was opened."), details.pageText());
            browser.screenshot("case-details");
        }
    }

    @Test
    void aMissingAliasIsShownBesideTheFieldAndNothingIsSaved() {
        String place = "NoAlias " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseIntakePage intake = CaseIntakePage.open(home, browser).caseStep("Assistance", "Medium", place).next()
                    .victimStep(null, "Given", "Family", "Possible victim of trafficking").next()
                    .exploitationStep("Forced labour").next().next().confirmRefused();
            assertTrue(intake.showsField("alias"), "the intake went back to the victim step");
            assertTrue(intake.fieldMessage("alias").contains("alias is required"), intake.pageText());
            browser.screenshot("case-intake-error");

            CaseListPage list = CaseListPage.open(home, browser).search(place).apply();
            assertEquals(List.of(), list.numbers(), "nothing was saved");
            assertTrue(list.table().contains("No cases match"), list.table());
        }
    }
}
