package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.Api;
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
    void theListKeepsItsFiltersSortAndPageThroughACaseAndBack() {
        String place = "Kept " + UUID.randomUUID().toString().substring(0, 8);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            String body = "{\"details\":{\"stage\":\"IDENTIFICATION\",\"riskLevel\":\"LOW\",\"identificationDate\":\"2026-11-20\","
                    + "\"identificationPlace\":\"" + place + "\",\"exploitationTypes\":[\"FORCED_LABOUR\"],"
                    + "\"forcedLabourIndustry\":\"A\"},\"victim\":{\"alias\":\"Kept\",\"traffickingStatus\":\"POSSIBLE\"},"
                    + "\"consents\":[]}";
            numbers.add(Api.rest().post("/api/cases", "cw1-jm", body).json().getString("number"));
        }
        List<String> descending = numbers.stream().sorted(Comparator.reverseOrder()).toList();
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseListPage list = CaseListPage.open(home, browser);
            assertEquals(List.of("Any", "Jamaica"), list.countryOptions(), "only the country whose cases cw1-jm may see");
            list.search(place).apply().sortByNumber().sortByNumber().nextPage();
            assertEquals(descending.subList(25, 27), list.numbers(), "page 2 by number, descending");
            String address = list.address();
            assertTrue(address.contains("sort=number") && address.contains("asc=false") && address.contains("page=2")
                    && address.contains("q=Kept"), "the list's state is in its address: " + address);

            CaseListPage back = list.openCase(descending.get(26)).backToList();
            assertEquals(descending.subList(25, 27), back.numbers(), "the link returns to page 2, same sort");
            assertEquals(place, back.searchText(), "with the search as typed");
            assertTrue(back.pageReport().contains("2"), back.pageReport());

            back.openCase(descending.get(25));
            browser.driver().navigate().back();
            CaseListPage again = CaseListPage.shown(browser);
            assertEquals(descending.subList(25, 27), again.numbers(), "browser Back returns to page 2 too");

            String last = numbers.get(26);
            CaseListPage part = CaseListPage.at(browser, "").number(last.substring(8)).search(place).apply();
            assertEquals(List.of(last), part.numbers(), "any part of the number finds it: " + last.substring(8));

            CaseListPage wrong = CaseListPage.at(browser, "?q=" + place.replace(' ', '+') + "&status=BOGUS&page=x&sort=number&asc=true");
            assertTrue(wrong.leftOut().contains("status") && wrong.leftOut().contains("page"),
                    "values not valid are named: " + wrong.leftOut());
            assertEquals(numbers.stream().sorted().toList().subList(0, 25), wrong.numbers(), "the valid rest still applies");
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
