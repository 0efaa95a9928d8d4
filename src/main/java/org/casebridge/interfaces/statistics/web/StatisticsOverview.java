package org.casebridge.interfaces.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.Caller;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.application.statistics.StatisticsService;
import org.casebridge.application.statistics.view.StatisticsTable;
import org.casebridge.application.statistics.view.StatisticsTable.Figure;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.statistics.Dimension;
import org.casebridge.domain.model.statistics.StatisticsQuery;
import org.casebridge.domain.model.statistics.Subject;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The regional statistics screen ({@code statistics/overview.xhtml}): the question is in the address
 * (subject, rows, columns, yearFrom, yearTo, country), so it can be bookmarked; the answer is a table
 * with row and column headers (suppressed figures as the word "suppressed", never a number) and a bar
 * chart of the same figures, one series, so that it reads without colour.
 */
@Named
@RequestScoped
public class StatisticsOverview {

    private static final String FORM = "question:";

    @Inject
    StatisticsService statistics;

    @Inject
    Messages messages;

    @Inject
    Caller caller;

    @Inject
    AgencyService agencies;

    @Inject
    UserLocale locale;

    private List<String> countries;

    private String subject;
    private String rows;
    private String columns;
    private String yearFrom;
    private String yearTo;
    private String country;
    private StatisticsTable table;
    private boolean forbidden;

    /** Answers the question the address asks (victims by year when it asks none). */
    public void load() {
        if (rows == null || rows.isBlank()) {
            rows = Dimension.YEAR.key();
        }
        try {
            table = statistics.table(StatisticsQuery.parse(subject, rows, columns, yearFrom, yearTo, country));
        } catch (ValidationException e) {
            messages.show(e, Map.of("subject", FORM + "subject", "rows", FORM + "rows", "columns", FORM + "columns",
                    "yearFrom", FORM + "yearFrom", "yearTo", FORM + "yearTo", "country", FORM + "country"));
        } catch (AccessDeniedException e) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    /** The Show button: the question at an address of its own (checked there, like a typed address). */
    public String show() {
        Subject s = Subject.fromKey(subject == null ? "" : subject).orElse(Subject.VICTIMS);
        String r = Dimension.fromKey(rows == null ? "" : rows).filter(d -> d.countsIn(s)).map(Dimension::key).orElse(Dimension.YEAR.key());
        String c = Dimension.fromKey(columns == null ? "" : columns).filter(d -> d.countsIn(s) && !d.key().equals(r))
                .map(Dimension::key).orElse(null);
        return "/statistics/overview?faces-redirect=true&subject=" + s.key() + "&rows=" + r + param("columns", c)
                + param("yearFrom", yearFrom) + param("yearTo", yearTo) + param("country", country);
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8);
    }

    public List<Subject> getSubjects() {
        return Arrays.asList(Subject.values());
    }

    /** The dimensions of the subject asked about. */
    public List<Dimension> getDimensions() {
        return Dimension.of(Subject.fromKey(subject == null ? "" : subject).orElse(Subject.VICTIMS));
    }

    /** The participating countries' codes, for an analyst's country filter. */
    public List<String> getCountries() {
        if (countries == null) {
            countries = agencies.countries().stream().filter(Country::isParticipating).map(c -> c.getCode().value()).sorted().toList();
        }
        return countries;
    }

    /** Only analysts choose a country; the others' statistics are their own country's or agency's. */
    public boolean isCountryChoice() {
        return caller.has(Role.ANALYST);
    }

    /**
     * What was counted, in the reader's language: the table's {@code scope} code ({@code all countries},
     * {@code country JM}, {@code agency 51}, as REST gives it) in words.
     */
    public String getScope() {
        if (table == null) {
            return "";
        }
        String scope = table.scope();
        if (scope.startsWith("country ")) {
            return messages.text("statistics.scope.country", scope.substring("country ".length()));
        }
        if (scope.startsWith("agency ")) {
            return messages.text("statistics.scope.agency", scope.substring("agency ".length()));
        }
        return messages.text("statistics.scope.all");
    }

    /** The label of a category of a dimension (a country's name, a code list's wording). */
    public String category(String dimensionKey, String code) {
        if (Dimension.NOT_RECORDED.equals(code) || Dimension.OTHER.equals(code)) {
            return messages.text("statistics.category." + code);
        }
        Dimension d = Dimension.fromKey(dimensionKey).orElseThrow();
        String prefix = switch (d) {
            case YEAR, COUNTRY, COUNTERPART, EXPLOITATION_COUNTRY, CITIZENSHIP -> null;
            case EXPLOITATION -> "exploitationType.";
            case GENDER -> "gender.";
            case AGE_BAND -> "statistics.ageBand.";
            case INDUSTRY -> "forcedLabourIndustry.";
            case CONTROL -> "methodOfControl.";
            case SERVICE -> "service.";
            case OUTCOME -> "referralStatus.";
            case TIMELINESS -> "statistics.timeliness.";
        };
        if (prefix == null) {
            return code;
        }
        try {
            return messages.text(prefix + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    /** A figure as shown: the number, or the word for a suppressed one. */
    public String figure(Figure f) {
        return f.suppressed() ? messages.text("statistics.suppressed") : String.valueOf(f.value());
    }

    public String getSuppressionNote() {
        return table == null ? "" : MessageFormat.format(messages.text("statistics.suppressed.note"), String.valueOf(table.k()));
    }

    /** "Figures as of" the time they were counted, in the user's language and time zone. */
    public String getAsOf() {
        return table == null ? "" : MessageFormat.format(messages.text("statistics.asOf"), locale.time(table.asOf()));
    }

    /** The chart's configuration (Chart.js): one bar per row, the row's figure (its total in a two-way table); suppressed rows have no bar. */
    public String getChart() {
        if (table == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int i = 0; i < table.rowCategories().size(); i++) {
            labels.add(category(table.rows(), table.rowCategories().get(i)));
            Figure f = table.columns() == null ? table.cells().get(i).get(0) : table.rowTotals().get(i);
            if (f.suppressed()) {
                data.addNull();
            } else {
                data.add(f.value());
            }
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.text("statistics.subject." + table.subject()))
                                .add("data", data).add("backgroundColor", "#2f5d8a").add("borderColor", "#1b3a57").add("borderWidth", 1))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public String getChartLabel() {
        return table == null ? "" : MessageFormat.format(messages.text("statistics.chart.label"),
                messages.text("statistics.subject." + table.subject()), messages.text("statistics.dimension." + table.rows()));
    }

    public StatisticsTable getTable() {
        return table;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getRows() {
        return rows;
    }

    public void setRows(String rows) {
        this.rows = rows;
    }

    public String getColumns() {
        return columns;
    }

    public void setColumns(String columns) {
        this.columns = columns;
    }

    public String getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(String yearFrom) {
        this.yearFrom = yearFrom;
    }

    public String getYearTo() {
        return yearTo;
    }

    public void setYearTo(String yearTo) {
        this.yearTo = yearTo;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
