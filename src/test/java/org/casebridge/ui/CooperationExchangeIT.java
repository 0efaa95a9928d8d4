package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.CaseBridgeServer;
import org.casebridge.it.ServerLog;
import org.casebridge.it.TestDatabases;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A cross-border cooperation request through the screens, from both countries: Jamaica's focal point
 * opens a request about a case, checking the preview of what The Bahamas will see and the consent check,
 * and sends it; The Bahamas' focal point acknowledges it, writes a message with a PDF and answers; the
 * Jamaican focal point sees the answer and the file, downloads it (audited, never shown in the page)
 * and closes the request. A third country's focal point gets "not found", and the request's page fits
 * a phone.
 */
class CooperationExchangeIT {

    /** Values of the case that are never chosen for the extract below (the referral test's, and the alias). */
    static final List<String> CANARIES = java.util.stream.Stream.concat(ReferralFlowIT.CANARIES.stream(),
            java.util.stream.Stream.of("CanaryAlias")).toList();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void jamaicaAsksTheBahamasAndGetsAnAnswerWithAFile() throws Exception {
        String place = "CanaryPlace-" + UUID.randomUUID();
        JsonObject c = openCase(place);
        long caseId = c.getJsonNumber("id").longValue();
        String caseNumber = c.getString("number");
        long rowsBefore = ReferralFlowIT.count("select count(*) from cooperation_request where case_id = ?", caseId);
        ServerLog log = ServerLog.from();

        long id;
        String previewed;
        try (Browser jm = Browser.open()) {
            LoginPage.open(jm).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage.open(jm, caseId);
            CooperationDialog dialog = CooperationDialog.open(jm).country("The Bahamas").type("Family tracing").urgent()
                    .legalBasis("Memorandum of understanding on trafficking cases, 2019")
                    .share("Exploitation").share("Gender of the victim");
            String preview = dialog.preview();
            assertTrue(preview.contains(caseNumber) && preview.contains("FORCED_LABOUR") && preview.contains("Feminine"),
                    "the preview shows what is chosen: " + preview);
            CANARIES.forEach(k -> assertFalse(preview.contains(k), k + " in the preview"));
            assertFalse(preview.contains(place), "the identification place is not chosen");
            assertTrue(dialog.consent().contains("Not covered"), dialog.consent());

            dialog.send();
            assertTrue(dialog.isOpen(), "a request without a purpose stays in its dialog");
            assertTrue(dialog.fieldMessage("purpose").contains("purpose"), dialog.fieldMessage("purpose"));
            dialog.purpose("Trace the victim's family before a return is decided").send();
            assertTrue(dialog.isOpen(), "victim data without consent or a legal basis is not sent");
            assertTrue(new Pf(jm).text("coop:messages").contains("consent"), new Pf(jm).text("coop:messages"));
            assertEquals(rowsBefore, ReferralFlowIT.count("select count(*) from cooperation_request where case_id = ?", caseId),
                    "nothing saved by refused attempts");

            dialog.sharingBasis("Law-enforcement cooperation under the 2019 treaty, article 4");
            previewed = dialog.previewExtract();
            jm.screenshot("cooperation-new");
            dialog.send();
            CooperationTab tab = CooperationTab.open(jm);
            assertEquals(List.of("Sent"), tab.statuses(), tab.text());
            assertTrue(tab.text().contains("BS") && tab.text().contains("Family tracing"), tab.text());
            id = tab.ids().get(0);
            jm.screenshot("cooperation-case-tab");
        }

        try (Browser tt = Browser.open()) {
            LoginPage.open(tt).logInAs("fp-tt", TestSettings.DEMO_PASSWORD);
            CooperationPage page = CooperationPage.open(tt, id);
            assertFalse(page.isShown());
            assertEquals("Not found", page.refusal(), "a third country's focal point cannot tell the request exists");
            assertFalse(tt.driver().getPageSource().contains(caseNumber));
        }

        Path pdf = Files.createTempFile(TestDatabases.workDir().toAbsolutePath(), "birth-certificate-", ".pdf");
        Files.write(pdf, PDF);
        String ownCase = Api.rest().post("/api/cases", "fp-bs", Json.createObjectBuilder()
                .add("details", Json.createObjectBuilder().add("stage", "RETURN").add("riskLevel", "HIGH")
                        .add("identificationDate", LocalDate.now().toString()).add("identificationPlace", "Nassau")
                        .add("exploitationTypes", Json.createArrayBuilder().add("FORCED_LABOUR")).add("forcedLabourIndustry", "A"))
                .add("victim", Json.createObjectBuilder().add("alias", "Returnee").add("traffickingStatus", "POSSIBLE"))
                .add("consents", Json.createArrayBuilder()).build().toString()).json().getString("number");
        try (Browser bs = Browser.open()) {
            LoginPage.open(bs).logInAs("fp-bs", TestSettings.DEMO_PASSWORD);
            CooperationPage page = CooperationPage.open(bs, id);
            assertEquals("Sent", page.status());
            assertTrue(page.extract().contains(caseNumber) && page.extract().contains("Feminine"), page.extract());
            assertEquals(previewed, page.extractList(), "the requested country sees exactly what the preview showed");
            assertTrue(page.facts().contains("Law-enforcement cooperation under the 2019 treaty"), page.facts());
            assertFalse(page.offers("toCase"), "the requested side never gets the requesting side's case");
            assertFalse(page.offers("close") || page.offers("withdraw"), "closing and withdrawing are the requester's");
            String html = bs.driver().getPageSource();
            CANARIES.forEach(k -> assertFalse(html.contains(k), k + " reached the requested country"));
            assertFalse(html.contains(place), "the place reached the requested country");
            bs.screenshot("cooperation-requested-side");

            page.acknowledge();
            assertEquals("Acknowledged", page.status());
            page.link(ownCase);
            assertTrue(page.facts().contains("seen only by your country"), page.facts());
            assertTrue(new Pf(bs).present("request:toLinkedCase"), "the requested side opens its own linked case");
            Path script = Files.createTempFile(TestDatabases.workDir().toAbsolutePath(), "report-", ".pdf");
            Files.writeString(script, "<html><script>alert(1)</script></html>");
            page.post("This message goes with a script.", script);
            assertTrue(page.postMessages().contains("Only PDF"), "the refused file is explained: " + page.postMessages());
            assertFalse(page.thread().contains("This message goes with a script"), "a refused file saves neither it nor the message");
            page.post("The family was found in Nassau; the birth certificate is attached.", pdf);
            assertTrue(page.thread().contains("The family was found in Nassau") && page.thread().contains(".pdf"),
                    page.thread());
            page.textAction("answer", "The mother and a brother live in Nassau and can receive her.");
            assertEquals("Answered", page.status());
            assertTrue(page.thread().contains("The mother and a brother live in Nassau"), page.thread());
            bs.screenshot("cooperation-answered");
        }

        try (Browser jm = Browser.open()) {
            LoginPage.open(jm).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            CooperationPage page = CooperationPage.open(jm, id);
            assertEquals("Answered", page.status());
            assertTrue(page.thread().contains("The family was found in Nassau") && page.thread().contains("can receive her"),
                    page.thread());
            assertFalse(page.facts().contains("Linked") || jm.driver().getPageSource().contains(ownCase),
                    "the requesting country never sees the case the other linked");
            long downloads = downloads("fp-jm");
            String url = jm.driver().getCurrentUrl();
            page.downloadFirstAttachment();
            // the browser saves the file in the background: wait for the service's entry, not for the click
            assertEquals(downloads + 1, downloadsReaching("fp-jm", downloads + 1),
                    "the download went through the audited service");
            assertEquals(url, jm.driver().getCurrentUrl(), "the file is saved, never opened in the page");
            assertTrue(page.isShown(), "the request's page stays");
            jm.screenshot("cooperation-thread");
            page.close();
            assertEquals("Closed", page.status());
            assertFalse(page.offers("close"));
            assertTrue(page.pageText().contains("The mother and a brother"));
        }
        try (Browser sup = Browser.open()) {
            LoginPage.open(sup).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage.open(sup, caseId);
            assertEquals(List.of("Closed"), CooperationTab.open(sup).statuses(), "the country's supervisor reads the tab");
            assertFalse(new Pf(sup).present("case:tabs:newCooperation"), "supervisors do not open requests");
        }

        try (Browser cw = Browser.open()) {
            LoginPage.open(cw).logInAs("cw2-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage.open(cw, caseId);
            assertFalse(new Pf(cw).present("case:tabs:cooperationPanel"), "a caseworker who is not a focal point has no requests");
            assertEquals("Not found", CooperationPage.open(cw, id).refusal());
        }
        ServerLog settled = log.settled();
        assertEquals(List.of(), settled.troubleLines(), "stack traces or exceptions in the server log during the exchange");
        List.of("CanaryGiven", "CanarySurname", place).forEach(k -> assertFalse(settled.text().contains(k), k + " logged"));
    }

    @Test
    void theRequestPageFitsAPhoneWithItsButtonsInReach() {
        long id = sendByRest(openCase("narrow-cooperation-" + UUID.randomUUID()));
        try (Browser bs = Browser.open()) {
            bs.driver().manage().window().setSize(new Dimension(390, 844));
            LoginPage.open(bs).logInAs("fp-bs", TestSettings.DEMO_PASSWORD);
            CooperationPage.open(bs, id);
            Number overflow = (Number) ((JavascriptExecutor) bs.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, "the request's page is " + overflow + " px wider than a 390 px screen");
            for (String button : List.of("request:acknowledge", "request:refuse", "request:link", "post:send")) {
                WebElement e = bs.driver().findElement(org.openqa.selenium.By.id(button));
                Number right = (Number) ((JavascriptExecutor) bs.driver()).executeScript(
                        "return arguments[0].getBoundingClientRect().right;", e);
                assertTrue(e.isDisplayed() && right.doubleValue() <= 390, button + " is out of reach at 390 px: " + right);
            }
            bs.screenshot("cooperation-narrow");
        }
    }

    @Test
    void aChangeMadeMeanwhileIsRefusedInTheDialogAndNothingIsOverwritten() {
        long id = sendByRest(openCase("meanwhile-" + UUID.randomUUID()));
        try (Browser jm = Browser.open()) {
            LoginPage.open(jm).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            CooperationPage page = CooperationPage.open(jm, id);
            assertEquals("Sent", page.status());
            try (Browser sup = Browser.open()) {
                LoginPage.open(sup).logInAs("sup-bs", TestSettings.DEMO_PASSWORD);
                CooperationPage read = CooperationPage.open(sup, id);
                assertEquals("Sent", read.status(), "the requested country's supervisor reads it");
                for (String button : List.of("acknowledge", "refuse", "link", "withdraw")) {
                    assertFalse(read.offers(button), "a supervisor only reads: " + button);
                }
                assertFalse(new Pf(sup).present("post:body"), "a supervisor does not write on the thread");
            }
            String path = "/api/cooperation-requests/" + id;
            Api api = Api.rest();
            Api.Reply ack = api.send(HttpRequest.newBuilder(CaseBridgeServer.get().uri(path + "/acknowledgement"))
                    .header("Authorization", Api.basic("fp-bs", TestSettings.DEMO_PASSWORD))
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .header("If-Match", api.get(path, "fp-bs").header("ETag"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(200, ack.status(), ack.toString());

            page.textAction("withdraw", "The victim has returned home on her own.");
            assertTrue(page.textDialogMessages().contains("changed"), "the dialog says why: " + page.textDialogMessages());
            assertEquals("ACKNOWLEDGED", api.get(path, "fp-jm").json().getString("status"), "nothing overwritten");

            page = CooperationPage.open(jm, id);
            assertEquals("Acknowledged", page.status(), "read again, the page shows the other country's change");
            page.textAction("withdraw", "The victim has returned home on her own.");
            assertEquals("Withdrawn", page.status());
            assertTrue(page.facts().contains("returned home on her own"), page.facts());
        }
    }

    @Test
    void aDraftIsSavedAndSentFromItsPage() {
        long caseId = openCase("draft-" + UUID.randomUUID()).getJsonNumber("id").longValue();
        try (Browser jm = Browser.open()) {
            LoginPage.open(jm).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage.open(jm, caseId);
            CooperationDialog.open(jm).country("Trinidad and Tobago").type("Information exchange")
                    .legalBasis("Regional cooperation agreement").purpose("Share what is known of the recruiter").saveDraft();
            CooperationTab tab = CooperationTab.open(jm);
            assertEquals(List.of("Draft"), tab.statuses(), tab.text());
            CooperationPage page = CooperationPage.open(jm, tab.ids().get(0));
            assertEquals("Draft", page.status());
            assertTrue(page.offers("discard") && page.offers("sharingBasis"), "a draft is sent, given a basis or discarded");
            page.send();
            assertEquals("Sent", page.status());
            assertTrue(page.reference().matches("JM-CR-\\d{4}-\\d{5}"), page.reference());
            assertFalse(page.offers("send") || page.offers("discard"));
        }
    }

    /** Sends a request about {@code c} from fp-jm to The Bahamas over REST, sharing the case number only; its id. */
    private static long sendByRest(JsonObject c) {
        String body = Json.createObjectBuilder().add("caseId", c.getJsonNumber("id").longValue()).add("requestedCountry", "BS")
                .add("type", "IDENTITY_VERIFICATION").add("priority", "NORMAL").add("legalBasis", "Treaty of 2019")
                .add("purpose", "Verify the passport").add("share", Json.createArrayBuilder().add("CASE_NUMBER"))
                .add("draft", false).build().toString();
        Api.Reply sent = Api.rest().post("/api/cooperation-requests", "fp-jm", body);
        assertEquals(201, sent.status(), sent.toString());
        return sent.json().getJsonNumber("id").longValue();
    }

    /** The downloads of {@code user} once they reach {@code expected}, or after 15 s whatever they are. */
    private static long downloadsReaching(String user, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        long n = downloads(user);
        while (n < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            n = downloads(user);
        }
        return n;
    }

    private static long downloads(String user) {
        return ReferralFlowIT.count("select count(*) from audit_entry where username = ? and action = 'VIEW'"
                + " and record_type = 'cooperation_attachment'", user);
    }

    /** A Jamaican case of fp-jm whose victim carries a canary in every field, without consent. */
    static JsonObject openCase(String place) {
        return ReferralFlowIT.openCanaryCase("fp-jm", place, Json.createArrayBuilder());
    }
}
