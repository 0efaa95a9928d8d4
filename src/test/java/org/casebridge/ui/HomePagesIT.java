package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The home pages in the browser: each role's own sections, a figure followed to its list showing as many cases as
 * it counted with the filter ticked, and a saved search made on the case list, opened from home and deleted.
 */
class HomePagesIT {

    @Test
    void supervisorFollowsAFigureToItsFilteredList() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            HomeDashboardPage home = HomeDashboardPage.open(browser);
            assertTrue(home.shows("supervisorHome"));
            assertFalse(home.shows("caseworkerHome") || home.shows("adminHome"));
            assertTrue(home.shows("monthTable") && home.shows("riskTable") && home.shows("stageRisk"),
                    "each chart has its table view");
            assertTrue(home.text("anomalyRule").contains("50"), "the anomaly rule is explained on the page");
            assertEquals("Country Jamaica", home.text("supervisorTitle"), "the country by its name, not its code");
            browser.screenshot("home-supervisor");
            long open = home.value("stage.ASSISTANCE");
            CaseListPage list = home.openCases("stage.ASSISTANCE");
            assertTrue(list.ticked("open"), "the list opens with the figure's filter");
            assertEquals(open, list.total(), list.table());

            home = HomeDashboardPage.open(browser);
            long overdue = home.value("reviewsOverdue");
            list = home.openCases("reviewsOverdue");
            assertTrue(list.ticked("overdue"));
            assertEquals(overdue, list.total(), list.table());
        }
    }

    @Test
    void caseworkerFollowsAFigureAndKeepsASavedSearch() {
        String name = "Assistance " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            HomeDashboardPage home = HomeDashboardPage.open(browser);
            assertTrue(home.shows("caseworkerHome"));
            assertFalse(home.shows("supervisorHome") || home.shows("adminHome"));
            browser.screenshot("home-caseworker");
            long assistance = home.value("stage.ASSISTANCE");
            CaseListPage list = home.openCases("stage.ASSISTANCE");
            assertTrue(list.ticked("mine") && list.ticked("open"));
            assertEquals(assistance, list.total(), list.table());

            list.saveSearch(name);
            home = HomeDashboardPage.open(browser);
            assertTrue(home.savedSearches().contains(name), home.savedSearches().toString());
            list = home.openSaved(name);
            assertTrue(list.ticked("mine") && list.ticked("open"), "the saved search restores the filters");
            assertEquals(assistance, list.total());

            home = HomeDashboardPage.open(browser).deleteSaved(name);
            assertFalse(home.savedSearches().contains(name));
            assertFalse(HomeDashboardPage.open(browser).savedSearches().contains(name), "deleted for good");
        }
    }

    @Test
    void partnerAdminAndAnalystSeeTheirOwnHome() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            HomeDashboardPage home = HomeDashboardPage.open(browser);
            assertTrue(home.shows("adminHome"));
            assertFalse(home.shows("caseworkerHome") || home.shows("supervisorHome") || home.shows("saved"));
            browser.screenshot("home-admin-figures");
            new HomePage(browser).logOut();

            LoginPage.open(browser).logInAs("partner1-jm", TestSettings.DEMO_PASSWORD);
            home = HomeDashboardPage.open(browser);
            assertTrue(home.shows("partnerHome"));
            browser.screenshot("home-partner");
            new HomePage(browser).logOut();

            LoginPage.open(browser).logInAs("analyst", TestSettings.DEMO_PASSWORD);
            home = HomeDashboardPage.open(browser);
            assertTrue(home.shows("analystHome") && home.shows("statistics"));
            for (String s : List.of("caseworkerHome", "supervisorHome", "partnerHome", "adminHome")) {
                assertFalse(home.shows(s), s);
            }
        }
    }
}
