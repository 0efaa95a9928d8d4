package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The case screens on a phone 390 px wide: the page never scrolls sideways (the header wraps, the
 * filters stack, wide tables scroll inside themselves) and the menu and Log out stay within reach, for a
 * caseworker and for a refused screen.
 */
class NarrowScreenIT {

    @Test
    void caseScreensFitAPhoneWithoutScrollingSideways() {
        String body = "{\"details\":{\"stage\":\"IDENTIFICATION\",\"riskLevel\":\"HIGH\",\"identificationDate\":\"2026-11-20\","
                + "\"identificationPlace\":\"Kingston harbour\",\"exploitationTypes\":[\"FORCED_LABOUR\"],"
                + "\"forcedLabourIndustry\":\"A\"},\"victim\":{\"alias\":\"Rose\",\"traffickingStatus\":\"POSSIBLE\"},"
                + "\"consents\":[]}";
        long id = Api.rest().post("/api/cases", "cw1-jm", body).json().getJsonNumber("id").longValue();
        try (Phone cw1 = new Phone("cw1-jm")) {
            cw1.fits("/cases/details.xhtml?id=" + id, "phone-case-details");
            cw1.fits("/cases/list.xhtml", "phone-case-list");
            cw1.fits("/cases/intake.xhtml");
            cw1.fits("/audit/log.xhtml");
            cw1.fits("/directory/agencies.xhtml");
        }
        fits("cw2-jm", "/cases/details.xhtml?id=" + id);
        try (Phone partner = new Phone("partner1-jm")) {
            partner.fits("/cases/list.xhtml");
            partner.fits("/cases/intake.xhtml");
        }
        fits("sup-jm", "/audit/log.xhtml");
    }

    @Test
    void referralScreensFitAPhoneWithoutScrollingSideways() {
        JsonObject c = ReferralScreensIT.openCase("narrow-referral-" + java.util.UUID.randomUUID(), true);
        long id = ReferralScreensIT.refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        try (Phone partner = new Phone("partner1-jm")) {
            partner.fits("/referrals/list.xhtml");
            partner.fits("/referrals/details.xhtml?id=" + id);
        }
        fits("partner2-jm", "/referrals/details.xhtml?id=" + id);
        fits("cw1-jm", "/referrals/details.xhtml?id=" + id);
        fits("sup-jm", "/referrals/list.xhtml");
    }

    @Test
    void everyOtherScreenFitsAPhone() {
        try (Phone admin = new Phone("admin")) {
            admin.fits("/admin/users.xhtml");
            admin.fits("/admin/agencies.xhtml");
            admin.fits("/admin/countries.xhtml");
            admin.fits("/admin/security.xhtml");
            admin.fits("/index.xhtml");
        }
        try (Phone cw1 = new Phone("cw1-jm")) {
            cw1.fits("/account/me.xhtml");
            cw1.fits("/account/tokens.xhtml");
            cw1.fits("/notifications/list.xhtml");
            cw1.fits("/index.xhtml");
        }
        fits("fp-jm", "/cooperation/list.xhtml");
        try (Phone sup = new Phone("sup-jm")) {
            sup.fits("/cooperation/timings.xhtml");
            sup.fits("/index.xhtml", "phone-home-supervisor");
            sup.fits("/statistics/overview.xhtml");
            sup.fits("/exports/list.xhtml");
        }
        fits("partner1-jm", "/index.xhtml");
        try (Phone analyst = new Phone("analyst")) {
            analyst.fits("/index.xhtml");
            analyst.fits("/statistics/overview.xhtml");
        }
    }

    @Test
    void theLoginPageFitsAPhone() {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            LoginPage.open(browser);
            assertNoSidewaysScroll(browser, "/login.xhtml");
            WebElement login = browser.driver().findElement(By.cssSelector("button[id$='submit']"));
            assertInReach(browser, login, "the login button");
            browser.screenshot("phone-login");
        }
    }

    /**
     * Every dialog of the case details, user administration, referral and API token screens, opened on a
     * 390 px screen: it lies within the screen's width, and each of its buttons can be scrolled to and is
     * within the screen.
     */
    @Test
    void everyDialogFitsAPhoneWithItsButtonsInReach() {
        String body = "{\"details\":{\"stage\":\"IDENTIFICATION\",\"riskLevel\":\"HIGH\",\"identificationDate\":\"2026-11-20\","
                + "\"identificationPlace\":\"Kingston harbour\",\"exploitationTypes\":[\"FORCED_LABOUR\"],"
                + "\"forcedLabourIndustry\":\"A\"},\"victim\":{\"alias\":\"Rose\",\"traffickingStatus\":\"POSSIBLE\"},"
                + "\"consents\":[]}";
        long caseId = Api.rest().post("/api/cases", "cw1-jm", body).json().getJsonNumber("id").longValue();
        JsonObject c = ReferralScreensIT.openCase("narrow-dialogs-" + java.util.UUID.randomUUID(), true);
        long referralId = ReferralScreensIT.refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        dialogsFit("cw1-jm", "/cases/details.xhtml?id=" + caseId, 10, "phone-dialog");
        dialogsFit("admin", "/admin/users.xhtml", 4, null);
        dialogsFit("admin", "/admin/agencies.xhtml", 1, null);
        dialogsFit("partner1-jm", "/referrals/details.xhtml?id=" + referralId, 2, null);
        dialogsFit("cw1-jm", "/account/tokens.xhtml", 1, null);
    }

    /** Opens each dialog of the page in turn (at least {@code atLeast} of them) and checks that it fits. */
    private static void dialogsFit(String user, String path, int atLeast, String screenshot) {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            LoginPage.open(browser).logInAs(user, TestSettings.DEMO_PASSWORD);
            browser.go(path);
            browser.settle();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            @SuppressWarnings("unchecked")
            List<String> dialogs = (List<String>) js.executeScript(
                    "return Object.keys(PrimeFaces.widgets).filter(k => PrimeFaces.widgets[k] instanceof PrimeFaces.widget.Dialog"
                            + " && !(PrimeFaces.widgets[k] instanceof PrimeFaces.widget.ConfirmDialog));");
            assertTrue(dialogs.size() >= atLeast, path + " as " + user + " has only the dialogs " + dialogs);
            for (String dialog : dialogs) {
                js.executeScript("PrimeFaces.widgets[arguments[0]].show();", dialog);
                WebElement box = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                        .until(d -> {
                            WebElement e = (WebElement) js.executeScript("return PrimeFaces.widgets[arguments[0]].jq[0];", dialog);
                            return e.isDisplayed() ? e : null;
                        });
                browser.settle();
                // The dialog moves the focus into itself once shown, which scrolls its content back to the top: wait for it.
                try {
                    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3)).until(d ->
                            (Boolean) js.executeScript("return arguments[0].contains(document.activeElement);", box));
                } catch (org.openqa.selenium.TimeoutException noFocusTarget) {
                    // a dialog with nothing to focus keeps the focus where it was
                }
                Number left = (Number) js.executeScript("return arguments[0].getBoundingClientRect().left;", box);
                Number right = (Number) js.executeScript("return arguments[0].getBoundingClientRect().right;", box);
                assertTrue(left.doubleValue() >= 0 && right.doubleValue() <= 390,
                        "dialog " + dialog + " on " + path + " spans " + left + " to " + right + " px on a 390 px screen");
                List<WebElement> buttons = box.findElements(By.cssSelector("button, a.ui-button"));
                for (WebElement button : buttons) {
                    if (button.isDisplayed()) {
                        assertInReach(browser, button, "button '" + button.getText() + "' of dialog " + dialog + " on " + path);
                    }
                }
                if (screenshot != null) {
                    browser.screenshot(screenshot);
                    screenshot = null;
                }
                js.executeScript("PrimeFaces.widgets[arguments[0]].hide();", dialog);
            }
            assertNoSidewaysScroll(browser, path);
        }
    }

    /** Scrolls the element into view and checks that it is then wholly within the 390 x 844 screen. */
    private static void assertInReach(Browser browser, WebElement element, String what) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest', behavior: 'instant'});", element);
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) js.executeScript("const b = arguments[0].getBoundingClientRect();"
                + " return [b.left, b.top, b.right, b.bottom, window.innerWidth, window.innerHeight];", element);
        assertTrue(r.get(0).doubleValue() >= 0 && r.get(1).doubleValue() >= 0
                        && r.get(2).doubleValue() <= r.get(4).doubleValue() && r.get(3).doubleValue() <= r.get(5).doubleValue(),
                () -> what + " is out of reach on a phone: " + r);
    }

    private static void assertNoSidewaysScroll(Browser browser, String path) {
        Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, path + " is " + overflow + " px wider than a 390 px screen");
    }

    static void fits(String user, String path) {
        fits(user, path, null);
    }

    /**
     * Opens {@code path} as {@code user} on a 390 px screen: the page does not scroll sideways, and the
     * first menu entry and Log out are within the screen. Saves a screenshot named {@code screenshot} when given.
     */
    static void fits(String user, String path, String screenshot) {
        try (Phone phone = new Phone(user)) {
            phone.fits(path, screenshot);
        }
    }

    /** A 390 x 844 browser signed in once as one user, for several screens in a row (a browser start and a login each cost seconds). */
    static final class Phone implements AutoCloseable {
        private final Browser browser = Browser.open();
        private final String user;

        Phone(String user) {
            this.user = user;
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            LoginPage.open(browser).logInAs(user, TestSettings.DEMO_PASSWORD);
        }

        void fits(String path) {
            fits(path, null);
        }

        void fits(String path, String screenshot) {
            browser.go(path);
            browser.settle();
            assertNoSidewaysScroll(browser, path + " as " + user);
            for (WebElement e : List.of(browser.driver().findElement(By.cssSelector("#mainMenu a")),
                    browser.driver().findElement(By.id("userForm:logout")))) {
                Rectangle r = e.getRect();
                assertTrue(e.isDisplayed() && r.getX() >= 0 && r.getX() + r.getWidth() <= 390,
                        "'" + e.getText() + "' within the screen on " + path + " as " + user + ": " + r);
            }
            if (screenshot != null) {
                browser.screenshot(screenshot);
            }
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
