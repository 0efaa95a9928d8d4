package org.casebridge.ui;

import java.time.LocalDate;

/** The guided intake of a new case, step by step. */
public final class CaseIntakePage {

    private final Browser browser;
    private final Pf pf;

    private CaseIntakePage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static CaseIntakePage open(HomePage home, Browser browser) {
        home.open("newcase");
        return new CaseIntakePage(browser);
    }

    public CaseIntakePage caseStep(String stage, String risk, String place) {
        pf.choose("intake:stage", stage);
        pf.choose("intake:risk", risk);
        pf.date("intake:identificationDate", LocalDate.now().minusDays(3).toString());
        pf.type("intake:identificationPlace", place);
        return this;
    }

    public CaseIntakePage victimStep(String alias, String given, String family, String status) {
        if (alias != null) {
            pf.type("intake:alias", alias);
        }
        pf.type("intake:givenName", given);
        pf.type("intake:familyName", family);
        pf.date("intake:birthDate", LocalDate.now().minusYears(24).toString());
        pf.type("intake:citizenships", "JM");
        pf.type("intake:languages", "en");
        pf.choose("intake:traffickingStatus", status);
        return this;
    }

    public CaseIntakePage exploitationStep(String type) {
        pf.tick("intake:exploitationTypes", type);
        return this;
    }

    public CaseIntakePage addConsent(String purpose) {
        pf.choose("intake:consentPurpose", purpose);
        pf.click("intake:addConsent");
        return this;
    }

    public CaseIntakePage next() {
        pf.click("intake:next");
        return this;
    }

    public CaseIntakePage back() {
        pf.click("intake:back");
        return this;
    }

    public CaseDetailsPage confirm() {
        pf.click("intake:confirm");
        // Confirm redirects to the new case: wait for that page, not just for the ajax call.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.id("caseNumber")));
        browser.settle();
        return new CaseDetailsPage(browser);
    }

    /** Clicks Confirm expecting to stay on the intake (it was refused). */
    public CaseIntakePage confirmRefused() {
        pf.click("intake:confirm");
        return this;
    }

    /** Whether the field's label carries the required mark. */
    public boolean marksRequired(String field) {
        return !browser.driver().findElements(org.openqa.selenium.By.cssSelector(
                "label[for^='intake:" + field + "'] .ui-outputlabel-rfi")).isEmpty();
    }

    /** Whether the field (or a select's focus input) announces itself as required (aria-required). */
    public boolean isRequired(String field) {
        return !browser.driver().findElements(org.openqa.selenium.By.cssSelector(
                "[id^='intake:" + field + "'][aria-required='true']")).isEmpty();
    }

    public boolean showsField(String field) {
        return pf.present("intake:" + field);
    }

    public String fieldMessage(String field) {
        return pf.fieldMessage("intake:" + field);
    }

    public String pageText() {
        return pf.pageText();
    }

    /**
     * Walks a whole intake as the logged-in caseworker: a case at {@code place} with risk {@code risk},
     * one victim and one consent; returns the new case's details.
     */
    public static CaseDetailsPage openCase(HomePage home, Browser browser, String place, String risk) {
        return open(home, browser).caseStep("Identification", risk, place).next()
                .victimStep("A-" + Math.abs(place.hashCode()), "Testgiven", "Testfamily", "Possible victim of trafficking")
                .next().exploitationStep("Forced labour").next()
                .addConsent("Referral to services").next()
                .confirm();
    }
}
