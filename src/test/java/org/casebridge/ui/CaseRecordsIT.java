package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Complete records through the screens: a caseworker writes what happened (with the counter), edits a
 * perpetrator and voids it with a reason, fills a support plan's actual end (refused before the plan
 * started), attaches a PDF and downloads it as a file (audited, the page stays); the country's
 * supervisor still sees the voided perpetrator, marked with who voided it and why.
 */
class CaseRecordsIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCaseworkerCompletesTheRecordAndTheSupervisorSeesWhatWasVoided() throws Exception {
        String place = "Records " + UUID.randomUUID().toString().substring(0, 8);
        Api api = Api.rest();
        long caseId;
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            caseId = CaseIntakePage.openCase(home, browser, place, "Low").id();
            String path = "/api/cases/" + caseId;
            assertEquals(201, api.post(path + "/perpetrators", "cw1-jm", "{\"name\":\"Suspect One\",\"roles\":[\"TRANSPORTER\"]}")
                    .status());
            assertEquals(201, api.post(path + "/support-plans", "cw1-jm", "{\"type\":\"HEALTH\",\"objectives\":\"Medical care\"}")
                    .status());
            CaseDetailsPage.open(browser, caseId);
            WebDriver d = browser.driver();
            Pf pf = new Pf(browser);

            // What happened: typed with its counter, saved, shown on the Summary tab.
            pf.click("case:tabs:editNarrative");
            pf.waitVisible("narrative:text");
            d.findElement(By.id("narrative:text")).sendKeys("Promised a job in a hotel");
            assertEquals("25 of 10,000 characters", d.findElement(By.id("narrative:text_counter")).getText());
            pf.click("narrative:save");
            assertEquals("Promised a job in a hotel", pf.text("case:tabs:narrative"));

            // A perpetrator edited, then voided with a reason.
            pf.click(By.cssSelector("a[href='#case:tabs:perpetratorsTab']"));
            pf.waitVisible("case:tabs:perpetrators:0:edit");
            pf.click("case:tabs:perpetrators:0:edit");
            pf.waitVisible("perpetrator:name");
            assertEquals("Change perpetrator", pf.text("perpetratorTitle"));
            pf.type("perpetrator:name", "Suspect Renamed");
            pf.click("perpetrator:save");
            assertTrue(pf.text("case:tabs:perpetrators").contains("Suspect Renamed"), pf.text("case:tabs:perpetrators"));
            pf.click("case:tabs:perpetrators:0:void");
            pf.waitVisible("voiding:reason");
            pf.click("voiding:save");
            assertTrue(pf.fieldMessage("voiding:reason").contains("Say why"), "a reason is required");
            pf.type("voiding:reason", "Entered in the wrong case");
            pf.click("voiding:save");
            assertFalse(pf.text("case:tabs:perpetrators").contains("Suspect Renamed"), "gone for the caseworker");

            // A plan's actual end: not before the plan started, then today.
            pf.click(By.cssSelector("a[href='#case:tabs:plansTab']"));
            pf.waitVisible("case:tabs:plans:0:edit");
            pf.click("case:tabs:plans:0:edit");
            pf.waitVisible("plan:actualEnd_input");
            pf.date("plan:actualEnd", LocalDate.now().minusDays(1).toString());
            pf.click("plan:save");
            assertTrue(pf.fieldMessage("plan:actualEnd").contains("before the plan started"), pf.text("plan"));
            pf.date("plan:actualEnd", LocalDate.now().toString());
            pf.click("plan:save");
            assertTrue(pf.text("case:tabs:plans").contains(LocalDate.now().toString()), pf.text("case:tabs:plans"));

            // A document attached and downloaded as a file.
            pf.click(By.cssSelector("a[href='#case:tabs:documentsTab']"));
            pf.waitVisible("case:tabs:attachDocument");
            pf.click("case:tabs:attachDocument");
            pf.waitVisible("documentUpload:kind");
            new Select(d.findElement(By.id("documentUpload:kind"))).selectByVisibleText("Report");
            Path file = Files.createTempDirectory("records").resolve("Police report.pdf");
            Files.write(file, PDF);
            d.findElement(By.cssSelector("#documentUpload input[type='file']")).sendKeys(file.toAbsolutePath().toString());
            pf.click("documentUpload:save");
            pf.waitVisible("case:tabs:documents:0:download");
            assertTrue(pf.text("case:tabs:documents").contains("Police report.pdf"), pf.text("case:tabs:documents"));
            browser.screenshot("case-documents");
            long downloads = downloads();
            String url = d.getCurrentUrl();
            d.findElement(By.id("case:tabs:documents:0:download")).click();
            browser.settle();
            // the browser saves the file in the background: wait for the service's entry, not for the click
            assertEquals(downloads + 1, downloadsReaching(downloads + 1), "the download went through the audited service");
            assertEquals(url, d.getCurrentUrl(), "the file is saved, never opened in the page");

            String history = new CaseDetailsPage(browser).history();
            assertTrue(history.contains("Perpetrator voided"), history);
            assertTrue(history.contains("Perpetrator changed: Name"), history);
            assertTrue(history.contains("Document attached"), history);
            assertTrue(history.contains("What happened changed"), history);
        }
        try (Browser sup = Browser.open()) {
            LoginPage.open(sup).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage.open(sup, caseId);
            Pf pf = new Pf(sup);
            pf.click(By.cssSelector("a[href='#case:tabs:perpetratorsTab']"));
            pf.waitVisible("case:tabs:perpetrators");
            String table = pf.text("case:tabs:perpetrators");
            assertTrue(table.contains("Suspect Renamed") && table.contains("Voided by cw1-jm")
                    && table.contains("Entered in the wrong case"), "the supervisor sees the voided entry, marked: " + table);
            assertFalse(pf.present("case:tabs:perpetrators:0:edit"), "a supervisor reads, never edits");
            sup.screenshot("case-voided-perpetrator");
        }
    }

    private static long downloadsReaching(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        long n = downloads();
        while (n < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            n = downloads();
        }
        return n;
    }

    private static long downloads() {
        return ReferralFlowIT.count("select count(*) from audit_entry where username = 'cw1-jm' and action = 'VIEW'"
                + " and record_type = 'case_document' and detail = 'download'");
    }
}
