package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The exports screen in the browser: a supervisor starts an HTCDS export, the progress bar follows it to
 * Ready without a click, a reload shows the same job, the download goes through the audited service and
 * leaves the page as it was; identifying fields without a reason are refused beside the field; a
 * caseworker sees the screen (their lists' background exports) without its form; a partner is refused the
 * screen and has no menu entry for it.
 */
class ExportsIT {

    private static final Api API = Api.rest();

    @Test
    void supervisorFollowsAnExportToItsDownloadAcrossAReload() throws Exception {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-tt", TestSettings.DEMO_PASSWORD);
            ExportsPage page = ExportsPage.open(browser);
            long before = newest();
            page.start();
            long id = newest();
            assertTrue(id > before, "a job was asked for");
            assertTrue(page.status(id) != null, "the new job is listed at once");
            page.awaitStatus(id, "DONE");
            assertEquals("100%", page.progress(id), "the progress bar is full");
            browser.screenshot("exports-done");

            ExportsPage reloaded = ExportsPage.open(browser);
            assertEquals("DONE", reloaded.status(id), "a reload shows the same job, ready");
            long downloads = downloads(id);
            String url = browser.driver().getCurrentUrl();
            reloaded.download(id);
            assertEquals(downloads + 1, downloadsReaching(id, downloads + 1), "the download went through the audited service");
            assertEquals(url, browser.driver().getCurrentUrl(), "the file is saved, never opened in the page");
        }
    }

    @Test
    void identifyingFieldsWithoutAReasonAreRefusedBesideTheField() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-tt", TestSettings.DEMO_PASSWORD);
            ExportsPage page = ExportsPage.open(browser);
            long before = newest();
            page.tick("Names");
            page.start();
            assertTrue(page.pageText().contains("Say why the identifying fields are needed"), page.pageText());
            assertEquals(before, newest(), "no job asked for");
        }
    }

    @Test
    void aCaseworkerAndAPartnerFollowTheirListsExportsWithoutTheFormAndAnAdministratorIsRefusedTheScreen() {
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-tt", TestSettings.DEMO_PASSWORD);
            assertTrue(home.menu().contains("exports"), "a caseworker's long lists are exported in the background");
            ExportsPage page = ExportsPage.open(browser);
            assertTrue(page.pageText().contains("Your exports"), page.pageText());
            assertFalse(page.pageText().contains("Start export"), "no export form: a list is exported from the list");
        }
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("partner1-tt", TestSettings.DEMO_PASSWORD);
            assertTrue(home.menu().contains("exports"), "a partner's long inbox is exported in the background");
            ExportsPage page = ExportsPage.open(browser);
            assertTrue(page.pageText().contains("Your exports"), page.pageText());
            assertFalse(page.pageText().contains("Start export"), "no export form");
        }
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            assertTrue(home.menu().contains("exports"), "an administrator's long user list is exported in the background");
            ExportsPage page = ExportsPage.open(browser);
            assertTrue(page.pageText().contains("Your exports"), page.pageText());
            assertFalse(page.pageText().contains("Start export"), "no export form");
        }
    }

    private static long newest() {
        List<JsonObject> jobs = API.get("/api/exports", "sup-tt").array().getValuesAs(JsonObject.class);
        return jobs.isEmpty() ? 0 : jobs.get(0).getJsonNumber("id").longValue();
    }

    private static long downloads(long id) {
        return count("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'export_job' and record_id = ?"
                + " and detail like 'download%'", Long.toString(id));
    }

    private static long downloadsReaching(long id, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        long n = downloads(id);
        while (n < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            n = downloads(id);
        }
        return n;
    }

    private static long count(String sql, Object... params) {
        return ReferralFlowIT.count(sql, params);
    }
}
