package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The note box counts what is typed against its limit, and a note that is too long is refused with a
 * message beside the box, never cut silently; a long word or address in a saved note wraps inside the page.
 */
class NoteBoxIT {

    @Test
    void aTooLongNoteIsRefusedBesideTheBoxAndALongWordWraps() {
        String place = "Notes " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage details = CaseIntakePage.openCase(home, browser, place, "Low");
            WebDriver d = browser.driver();
            Pf pf = new Pf(browser);
            pf.click(By.cssSelector("a[href='#case:tabs:notesTab']"));
            pf.waitVisible("case:tabs:addNote");
            pf.click("case:tabs:addNote");
            pf.waitVisible("note:text");
            WebElement box = d.findElement(By.id("note:text"));
            box.sendKeys("Met the victim");
            assertEquals("14 of 10,000 characters", d.findElement(By.id("note:text_counter")).getText());

            // Pasted: more than the limit. The box keeps all of it (no silent cut) and says so.
            ((JavascriptExecutor) d).executeScript("arguments[0].value = 'x'.repeat(10001);"
                    + " arguments[0].dispatchEvent(new Event('input'));", box);
            assertEquals(10001, box.getAttribute("value").length(), "nothing cut");
            assertTrue(d.findElement(By.id("note:text_counter")).getAttribute("class").contains("over"));
            pf.click("note:save");
            browser.settle();
            String dialog = d.findElement(By.id("note")).getText();
            assertTrue(dialog.contains("10000") || dialog.contains("10,000"), "refused with the limit named: " + dialog);
            assertEquals(10001, d.findElement(By.id("note:text")).getAttribute("value").length(), "the text is kept to shorten");

            String word = "https://example.org/" + "a".repeat(300);
            WebElement again = d.findElement(By.id("note:text"));
            again.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
            again.sendKeys(word);
            pf.click("note:save");
            browser.settle();
            CaseDetailsPage.open(browser, details.id());
            pf.click(By.cssSelector("a[href='#case:tabs:notesTab']"));
            pf.waitVisible("case:tabs:notes");
            assertTrue(pf.text("case:tabs:notes").contains("https://example.org/"), "saved");
            Object scrolls = ((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertFalse(Boolean.TRUE.equals(scrolls), "a 320-character word does not widen the page");
        }
    }
}
