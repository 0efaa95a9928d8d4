package org.casebridge.ui;

import org.openqa.selenium.By;

/** One referral's details, as the partner or the sending side sees it, and its answer dialogs. */
public final class ReferralPage {

    private final Browser browser;
    private final Pf pf;

    ReferralPage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static ReferralPage open(Browser browser, long id) {
        browser.go("/referrals/details.xhtml?id=" + id);
        browser.settle();
        return new ReferralPage(browser);
    }

    public boolean isShown() {
        return pf.present("referralNumber");
    }

    public String refusal() {
        return pf.present("refusedTitle") ? pf.text("refusedTitle") : "";
    }

    public String status() {
        return pf.text("referralStatus");
    }

    public String summary() {
        return browser.driver().findElement(By.cssSelector(".referral-summary-box")).getText();
    }

    public boolean offers(String button) {
        return pf.present("referral:" + button);
    }

    public ReferralPage accept() {
        pf.click("referral:accept");
        pf.confirm();
        return this;
    }

    public ReferralPage decline(String reason) {
        pf.click("referral:decline");
        pf.waitVisible("decline:reason");
        pf.type("decline:reason", reason);
        pf.click("decline:save");
        pf.confirm();
        return this;
    }

    /** Reports the referral completed, typing the date into the date field as a user may. */
    public ReferralPage complete(String outcome, String delivered, String typedDate) {
        pf.click("referral:complete");
        pf.waitVisible("complete:outcome");
        pf.type("complete:outcome", outcome);
        pf.tick("complete:delivered", delivered);
        pf.type("complete:completedOn_input", typedDate);
        pf.click("complete:save");
        return this;
    }

    public ReferralPage revoke(String reason) {
        pf.click("referral:revoke");
        pf.waitVisible("revoke:reason");
        pf.type("revoke:reason", reason);
        pf.click("revoke:save");
        pf.confirm();
        return this;
    }

    /** Corrects the summary, writing new needs for the partner, and waits for the new version to show. */
    public ReferralPage correctNeeds(String needs) {
        pf.click("referral:correct");
        pf.waitVisible("correct:needs");
        pf.type("correct:needs", needs);
        pf.click("correct:save");
        pf.confirm();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> summary().contains(needs));
        return this;
    }

    public ReferralPage overrideConsent(String basis) {
        pf.click("referral:override");
        pf.waitVisible("override:basis");
        pf.type("override:basis", basis);
        pf.click("override:save");
        pf.confirm();
        return this;
    }

    public ReferralPage send() {
        pf.click("referral:send");
        pf.confirm();
        return this;
    }

    public String pageText() {
        return pf.pageText();
    }
}
