package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Date fields as a caseworker uses them: typing a date keeps it (the calendar does not open on focus and
 * take the focus away), Tab moves on, the format is shown, a wrong one gets a message next to the field,
 * and the calendar, opened from its button, offers month and year directly. In the intake and in a dialog.
 */
class DateFieldsIT {

    @Test
    void aTypedDateStaysAndTheCalendarOpensOnlyFromItsButton() {
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            home.open("newcase");
            WebDriver d = browser.driver();
            WebElement input = d.findElement(By.id("intake:identificationDate_input"));
            assertEquals("yyyy-mm-dd", input.getAttribute("placeholder"), "the format is shown");
            input.click();
            pause(800);
            assertFalse(panelShown(d, "intake:identificationDate"), "no calendar on focus");
            String typed = LocalDate.now().minusDays(5).toString();
            input.sendKeys(typed);
            pause(800);
            assertEquals(typed, input.getAttribute("value"), "what was typed stays");
            assertEquals(input, d.switchTo().activeElement(), "the focus stays in the field");
            input.sendKeys(Keys.TAB);
            assertFalse(input.equals(d.switchTo().activeElement()), "Tab moves on");
            assertFalse(panelShown(d, "intake:identificationDate"));

            d.findElement(By.cssSelector("[id='intake:identificationDate'] .ui-datepicker-trigger")).click();
            new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> panelShown(x, "intake:identificationDate"));
            WebElement panel = d.findElement(By.id("intake:identificationDate_panel"));
            assertTrue(panel.findElements(By.cssSelector("select.ui-datepicker-year")).size() == 1, "the year is chosen directly");
            assertTrue(panel.findElements(By.cssSelector("select.ui-datepicker-month")).size() == 1, "and the month");
            new Select(panel.findElement(By.cssSelector("select.ui-datepicker-year"))).selectByVisibleText("2009");
            assertTrue(panel.getText().contains("2009") || new Select(panel.findElement(By.cssSelector("select.ui-datepicker-year")))
                    .getFirstSelectedOption().getText().equals("2009"), "2009 in one choice");
            input.sendKeys(Keys.ESCAPE);
        }
    }

    @Test
    void aWrongFormatIsNamedNextToTheFieldAndATypedDateInADialogIsSaved() {
        String place = "Dates " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage details = CaseIntakePage.openCase(home, browser, place, "Low");
            assertTrue(details.pageText().contains(LocalDate.now().minusDays(3).toString()), "the intake's typed date was saved");

            details.startEdit().typeEditDate("identificationDate", "28/11/2026").saveEdit();
            String messages = browser.driver().findElement(By.id("caseEdit")).getText();
            assertTrue(messages.contains("Enter a date as yyyy-mm-dd."), messages);

            String typed = LocalDate.now().minusMonths(2).toString();
            details.typeEditDate("identificationDate", typed).saveEdit();
            CaseDetailsPage reloaded = CaseDetailsPage.open(browser, details.id());
            assertTrue(reloaded.pageText().contains(typed), "the date typed in the dialog is saved");
        }
    }

    private static boolean panelShown(WebDriver d, String id) {
        return d.findElements(By.id(id + "_panel")).stream().anyMatch(WebElement::isDisplayed);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
