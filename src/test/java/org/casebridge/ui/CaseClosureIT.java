package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/** Closing a case where the country asks for a supervisor's approval (Jamaica), and reopening it. */
class CaseClosureIT {

    @Test
    void closureWaitsForTheSupervisorWhoApprovesAndLaterReopens() {
        String place = "Closure " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage cw = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage details = CaseIntakePage.openCase(cw, browser, place, "Medium");
            long id = details.id();
            details.requestClosure("Closed", "The victim has returned home and no longer needs support.");
            assertEquals("Active", details.status(), "still open until approved");
            assertTrue(details.header().contains("Waiting for supervisor approval"), details.header());
            assertFalse(details.offers("requestClosure"), "no second request while one waits");
            browser.screenshot("case-closure-pending");
            cw.logOut();

            HomePage sup = LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage supervised = CaseDetailsPage.open(browser, id);
            assertFalse(supervised.offers("edit"), "a supervisor reads and decides, but does not edit");
            supervised.approveClosure("Agreed.");
            assertEquals("Closed", supervised.status());
            assertTrue(supervised.offers("reopen"), supervised.pageText());
            browser.screenshot("case-closed");
            sup.logOut();

            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage closed = CaseDetailsPage.open(browser, id);
            assertEquals("Closed", closed.status());
            assertFalse(closed.offers("edit"), "a closed case is not offered for editing");
            assertFalse(closed.offers("requestClosure"));
            new HomePage(browser).logOut();

            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage reopened = CaseDetailsPage.open(browser, id).reopen("New evidence of exploitation.");
            assertEquals("Active", reopened.status());
            assertFalse(reopened.offers("reopen"));
            assertTrue(reopened.pageText().contains("Reopened: New evidence of exploitation."), reopened.pageText());
        }
    }

    @Test
    void aRejectedClosureNeedsACommentAndLeavesTheCaseOpen() {
        String place = "Reject " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage cw = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage details = CaseIntakePage.openCase(cw, browser, place, "High");
            long id = details.id();
            details.requestClosure("Closed (referred)", "Referred to the safe house.");
            cw.logOut();

            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage supervised = CaseDetailsPage.open(browser, id).rejectClosure("");
            assertTrue(supervised.pageText().contains("Say why the closure is rejected"), supervised.pageText());
            browser.screenshot("case-closure-reject");

            supervised = CaseDetailsPage.open(browser, id).rejectClosure("The support plan is not finished.");
            assertEquals("Active", supervised.status());
            assertFalse(supervised.header().contains("Waiting for supervisor approval"), supervised.header());
            assertTrue(supervised.pageText().contains("The support plan is not finished."), supervised.pageText());
        }
    }
}
