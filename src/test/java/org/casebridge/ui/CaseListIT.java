package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/** The case list: filters narrow it, and it never shows another agency's or country's cases. */
class CaseListIT {

    @Test
    void filteringByStatusAndRiskNarrowsTheList() {
        String place = "List " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            String low = CaseIntakePage.openCase(home, browser, place, "Low").number();
            String critical = CaseIntakePage.openCase(home, browser, place, "Critical").number();

            CaseListPage list = CaseListPage.open(home, browser).search(place).apply();
            assertEquals(2, list.numbers().size(), list.table());
            assertTrue(list.numbers().containsAll(List.of(low, critical)), list.table());
            browser.screenshot("case-list");

            list.riskAtLeast("High").apply();
            assertEquals(List.of(critical), list.numbers(), "risk at least high");

            list.status("Active").apply();
            assertEquals(List.of(critical), list.numbers(), "active and at least high");

            list.status("Closed").apply();
            assertEquals(List.of(), list.numbers(), "none of them is closed");
            assertTrue(list.table().contains("No cases match"), list.table());
        }
    }

    @Test
    void aCaseworkerOfAnotherCountryNeitherListsNorOpensTheCase() {
        String place = "Hidden " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage jm = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage opened = CaseIntakePage.openCase(jm, browser, place, "Medium");
            String number = opened.number();
            long id = opened.id();
            jm.logOut();

            HomePage bs = LoginPage.open(browser).logInAs("cw2-bs", TestSettings.DEMO_PASSWORD);
            CaseListPage list = CaseListPage.open(bs, browser).search(place).apply();
            assertEquals(List.of(), list.numbers(), list.table());
            assertFalse(list.table().contains(number), list.table());

            CaseDetailsPage tampered = CaseDetailsPage.open(browser, id);
            assertFalse(tampered.isShown(), "no case header for someone else's case");
            assertFalse(tampered.pageText().contains(number), tampered.pageText());
            assertFalse(tampered.pageText().contains(place), tampered.pageText());
            assertTrue(tampered.pageText().contains("There is no such page or record"), tampered.pageText());
        }
    }
}
