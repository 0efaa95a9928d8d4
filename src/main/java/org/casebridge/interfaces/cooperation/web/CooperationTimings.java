package org.casebridge.interfaces.cooperation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.cooperation.CooperationQueryService;
import org.casebridge.application.cooperation.view.TimingRow;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * A supervisor's overview of cooperation response times: per counterpart country, how fast it
 * acknowledged and answered the requests of the caller's country, and how fast the caller's country
 * answered its requests, for the requests sent in a period (the last 12 months unless chosen, at most
 * {@link CooperationQueryService#TIMING_DAYS_MAX} days). The period is in the address, so it can be bookmarked.
 */
@Named
@RequestScoped
public class CooperationTimings {

    private static final String FROM = "period:from";

    @Inject
    CooperationQueryService queries;

    @Inject
    Messages messages;

    private String fromParam;
    private String toParam;
    private LocalDate from;
    private LocalDate to;
    private List<TimingRow> rows = List.of();
    private boolean forbidden;

    /** Reads the figures of the period the address names (the last 12 months when it names none). */
    public void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        from = date(fromParam, today.minusMonths(12).plusDays(1));
        to = date(toParam, today);
        if (from == null || to == null) {
            messages.error(FROM, "common.date.invalid");
            return;
        }
        try {
            rows = queries.timings(from, to);
        } catch (ValidationException e) {
            messages.show(e, Map.of("from", FROM));
        } catch (AccessDeniedException e) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    private static LocalDate date(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The Show button: the chosen period at an address of its own (checked there, like a typed address). */
    public String show() {
        if (from != null && to != null && to.isBefore(from)) {
            messages.error(FROM, "cooperation.timings.range");
            return null;
        }
        return "/cooperation/timings?faces-redirect=true" + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to);
    }

    /** A median time: hours below two days, days above, one decimal; a dash when nothing was counted. */
    public String duration(Double hours) {
        if (hours == null) {
            return "\u2013";
        }
        return hours < 48 ? MessageFormat.format(messages.text("cooperation.timings.hours"), format(hours))
                : MessageFormat.format(messages.text("cooperation.timings.days"), format(hours / 24));
    }

    /** A share in whole per cent; a dash when nothing was counted. */
    public String share(Double share) {
        return share == null ? "\u2013" : Math.round(share * 100) + "\u00a0%";
    }

    /** One decimal, with the decimal mark of the reader's language (1.5 in English, 1,5 in Spanish). */
    private String format(double value) {
        return String.format(Languages.formatting(messages.locale()), "%.1f", value);
    }

    public String getPeriodHint() {
        return MessageFormat.format(messages.text("cooperation.timings.period"), String.valueOf(CooperationQueryService.TIMING_DAYS_MAX));
    }

    public List<TimingRow> getRows() {
        return rows;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public String getToParam() {
        return toParam;
    }

    public void setToParam(String toParam) {
        this.toParam = toParam;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
