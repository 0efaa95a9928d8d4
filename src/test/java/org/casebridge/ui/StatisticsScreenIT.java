package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The statistics screen in the browser: an analyst reaches it from the menu, asks for a two-way table
 * with the form and gets a chart and a table with headers in which every figure is a number of at least
 * 11 or the word "suppressed"; a supervisor sees their own country's figures and no country choice.
 */
class StatisticsScreenIT {

    @Test
    void anAnalystAsksForATwoWayTableAndSeesSmallFiguresSuppressed() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("analyst", TestSettings.DEMO_PASSWORD);
            browser.clickAndLoad(browser.driver().findElement(By.cssSelector("a[href*='statistics/overview']")));
            new Select(browser.driver().findElement(By.id("question:rows"))).selectByValue("ageBand");
            new Select(browser.driver().findElement(By.id("question:columns"))).selectByValue("gender");
            browser.clickAndLoad(browser.driver().findElement(By.id("question:show")));
            assertTrue(browser.driver().getCurrentUrl().contains("rows=ageBand"), "the question is in the address");
            assertFalse(browser.driver().findElements(By.cssSelector("#chart canvas, canvas")).isEmpty(), "a chart is drawn");
            WebElement table = browser.driver().findElement(By.id("figures"));
            assertTrue(table.findElement(By.tagName("caption")).getText().contains("Victims by Age band"));
            List<WebElement> figures = table.findElements(By.cssSelector("td.figure"));
            assertFalse(figures.isEmpty());
            for (WebElement f : figures) {
                String text = f.getText().trim();
                assertTrue(text.equals("suppressed") || Long.parseLong(text) >= 11, "a figure is suppressed or at least 11: " + text);
            }
            assertTrue(browser.driver().findElement(By.id("scope")).getText().contains("all countries"));
            assertFalse(browser.driver().findElements(By.id("question:country")).isEmpty(), "an analyst may choose a country");
            browser.screenshot("statistics-analyst");
        }
    }

    @Test
    void aSupervisorSeesTheirCountryOnly() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/statistics/overview.xhtml?rows=gender");
            browser.settle();
            assertTrue(browser.driver().findElement(By.id("scope")).getText().contains("country JM"));
            assertTrue(browser.driver().findElements(By.id("question:country")).isEmpty(), "no country to choose");
            assertEquals("Gender", browser.driver().findElement(By.cssSelector("#figures thead th")).getText());
            browser.go("/statistics/overview.xhtml?rows=shoeSize");
            browser.settle();
            assertTrue(browser.driver().findElement(By.id("question:rows")).findElement(By.xpath("..")).getText().contains("Unknown dimension"),
                    "an unknown dimension is explained beside the field");
        }
    }
}
