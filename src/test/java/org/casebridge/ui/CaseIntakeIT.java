package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void nextChecksTheStepsOwnFieldsAndStaysWithEachProblemBesideItsField() {
        String place = "NoAlias " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseIntakePage intake = CaseIntakePage.open(home, browser);
            assertTrue(intake.isRequired("alias") || intake.isRequired("stage"), "required fields are announced");
            assertTrue(intake.marksRequired("stage") && intake.marksRequired("risk")
                    && intake.marksRequired("identificationDate"), "and marked");
            assertFalse(intake.marksRequired("identificationPlace"), "only those");

            intake.next();
            assertTrue(intake.showsField("stage"), "an empty first step stays");
            assertTrue(intake.fieldMessage("stage").contains("stage"), intake.pageText());
            assertTrue(intake.fieldMessage("risk").contains("risk"), intake.pageText());
            assertFalse(intake.pageText().contains("alias is required"), "no other step's problems: " + intake.pageText());

            intake.caseStep("Assistance", "Medium", place).next();
            assertTrue(intake.isRequired("alias"), "the alias is announced as required");
            intake.victimStep(null, "Given", "Family", "Possible victim of trafficking").next();
            assertTrue(intake.showsField("alias"), "the victim step stays without an alias");
            assertTrue(intake.fieldMessage("alias").contains("alias is required"), intake.pageText());
            browser.screenshot("case-intake-error");
            intake.back();
            assertTrue(intake.showsField("stage"), "Back goes back without checking");

            CaseListPage list = CaseListPage.open(home, browser).search(place).apply();
            assertEquals(List.of(), list.numbers(), "nothing was saved");
        }
    }
}
