package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.casebridge.it.ServerLog;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * A morning of ordinary screen use on one instance writes no stack trace: the server log is for
 * real errors. (web.xml is distributable; on one instance sessions must stay in memory.)
 */
class QuietLogIT {

    @Test
    void screenSessionsOnOneInstanceLeaveNoStackTraceInTheServerLog() {
        ServerLog log = ServerLog.from();
        try (Browser browser = Browser.open()) {
            HomePage caseworker = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage opened = CaseIntakePage.openCase(caseworker, browser,
                    "Quiet " + UUID.randomUUID().toString().substring(0, 8), "Low");
            assertTrue(opened.number().startsWith("JM-"), opened.number());
            CaseListPage.open(caseworker, browser);
            caseworker.open("directory");
            caseworker.logOut();

            HomePage supervisor = LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            supervisor.open("audit");
            supervisor.open("cases");
            supervisor.logOut();

            HomePage admin = LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            for (String item : List.of("users", "agencies", "countries", "security")) {
                admin.open(item);
            }
            admin.logOut();
        }
        List<String> trouble = log.settled().troubleLines();
        assertEquals(List.of(), trouble, "stack traces or exceptions in the server log during ordinary use");
    }
}
