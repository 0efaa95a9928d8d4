package org.casebridge.interfaces.dashboard.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.application.dashboard.DashboardService;
import org.casebridge.application.dashboard.SavedSearchService;
import org.casebridge.application.dashboard.view.Dashboard;
import org.casebridge.application.dashboard.view.Figure;
import org.casebridge.application.dashboard.view.MonthCount;
import org.casebridge.application.dashboard.view.SavedSearchView;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.interfaces.casefile.web.CodeLists;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The home page: the caller's figures for each role they hold (see {@link DashboardService}), each a link to the
 * list it counts, the supervisor's charts (with their figures as tables), and the caller's saved case searches.
 */
@Named
@ViewScoped
public class Home implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    /** The screen of each list a figure may point to. */
    static final Map<String, String> LISTS = Map.of("cases", "/cases/list.xhtml", "referrals", "/referrals/list.xhtml",
            "cooperation", "/cooperation/list.xhtml", "audit", "/audit/log.xhtml", "users", "/admin/users.xhtml",
            "security", "/admin/security.xhtml");

    @Inject
    DashboardService dashboards;

    @Inject
    SavedSearchService savedSearches;

    @Inject
    Messages messages;

    @Inject
    CodeLists codes;

    private Dashboard dashboard;
    private List<SavedSearchView> searches = List.of();
    private boolean savesSearches;

    /** Reads the caller's figures and saved searches when the page opens. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        dashboard = dashboards.mine();
        savesSearches = dashboard.caseworker() != null || dashboard.supervisor() != null;
        if (savesSearches) {
            searches = savedSearches.mine();
        }
    }

    /** Deletes one of the caller's saved searches (after the confirmation dialog) and shows the list as it is now. */
    public void delete(long id) {
        if (messages.attempt(() -> savedSearches.delete(id), Map.of())) {
            messages.info("home.saved.deleted");
        }
        searches = savedSearches.mine();
    }

    /** The address of the list behind a figure, with its filters. */
    public String link(Figure f) {
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + LISTS.get(f.list());
        return f.filter().isEmpty() ? path : path + "?" + query(f.filter());
    }

    /** The case list opened with a saved search's filters. */
    public String savedLink(SavedSearchView s) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/cases/list.xhtml?" + s.query();
    }

    private static String query(Map<String, String> filter) {
        return filter.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A figure's label: a stage, risk level or referral status by its code list, anything else from the bundle. */
    public String label(Figure f) {
        String key = f.key();
        if (key.startsWith("stage.")) {
            return codes.label(CaseStage.valueOf(key.substring(6)));
        }
        if (key.startsWith("risk.")) {
            return codes.label(RiskLevel.valueOf(key.substring(5)));
        }
        if (key.startsWith("status.")) {
            return codes.label(ReferralStatus.valueOf(key.substring(7)));
        }
        if (key.startsWith("month.")) {
            return key.substring(6);
        }
        return messages.text("home.figure." + key);
    }

    /** The new-cases chart as Chart.js configuration: one series of bars, labelled axes, no meaning in colour. */
    public String getMonthChart() {
        if (dashboard == null || dashboard.supervisor() == null) {
            return "";
        }
        List<MonthCount> months = dashboard.supervisor().newCasesPerMonth();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        months.forEach(m -> {
            labels.add(m.month());
            data.add(m.cases().value());
        });
        return bars(labels, data, messages.text("home.chart.newCases"), messages.text("home.chart.month"), false);
    }

    /** The open cases by risk level as a horizontal bar chart. */
    public String getRiskChart() {
        if (dashboard == null || dashboard.supervisor() == null) {
            return "";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        dashboard.supervisor().openByRisk().forEach(f -> {
            labels.add(label(f));
            data.add(f.value());
        });
        return bars(labels, data, messages.text("home.chart.openCases"), messages.text("case.riskLevel"), true);
    }

    private static String bars(JsonArrayBuilder labels, JsonArrayBuilder data, String series, String axis, boolean horizontal) {
        var dataset = Json.createObjectBuilder().add("label", series).add("data", data)
                .add("backgroundColor", "#1f5f8b").add("borderColor", "#0b2f47").add("borderWidth", 1);
        var scales = Json.createObjectBuilder()
                .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("title",
                        Json.createObjectBuilder().add("display", true).add("text", axis)))
                .add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", series)));
        var options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false).add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options).build().toString();
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<SavedSearchView> getSearches() {
        return searches;
    }

    public boolean isSavesSearches() {
        return savesSearches;
    }

    /** The supervisor's risk levels, in order, for the table's columns. */
    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }
}
