package org.casebridge.interfaces.export.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.export.ExportDownload;
import org.casebridge.application.export.ExportJobView;
import org.casebridge.application.export.ExportService;
import org.casebridge.domain.model.export.ExportFilters;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportKind;
import org.casebridge.domain.model.export.IdentifyingField;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Downloads;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The exports screen: the kinds the caller may ask for (a supervisor: HTCDS of their country, with
 * identifying fields only when ticked with a reason; an analyst: the k-anonymous set), and the caller's
 * jobs with a progress bar that polls while one runs, read from the server each time (so a reload shows
 * the same), and a download button when a file is ready.
 */
@Named
@ViewScoped
public class ExportList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    private static final Map<String, String> FIELDS = Map.of("from", "ask:from", "to", "ask:to", "reason", "ask:reason",
            "filters", "ask:kind", "identifying", "ask:identifying", "country", "ask:country");

    @Inject
    ExportService exports;

    @Inject
    Messages messages;

    private List<ExportKind> kinds = List.of();
    private List<ExportJobView> jobs = List.of();
    private boolean forbidden;
    private ExportKind kind;
    private LocalDate from;
    private LocalDate to;
    private String country;
    private List<String> identifying = new ArrayList<>();
    private String reason;

    public void load() {
        try {
            // a list's export is asked for from the list itself
            kinds = exports.offered().stream().filter(k -> !k.isList()).toList();
            kind = kinds.isEmpty() ? null : kinds.get(0);
            jobs = exports.mine();
        } catch (AccessDeniedException e) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    /** The poll and the Refresh button: the jobs as they are now. */
    public void refresh() {
        messages.attempt(() -> jobs = exports.mine(), Map.of());
    }

    public void ask() {
        EnumSet<IdentifyingField> ticked = EnumSet.noneOf(IdentifyingField.class);
        identifying.forEach(f -> ticked.add(IdentifyingField.valueOf(f)));
        if (messages.attempt(() -> {
            exports.submit(kind, ExportFormat.CSV, new ExportFilters(country == null || country.isBlank() ? null : country.trim(),
                    from, to, ticked, reason));
            jobs = exports.mine();
        }, FIELDS)) {
            messages.info("export.asked");
            identifying = new ArrayList<>();
            reason = null;
        }
    }

    /** Sends the file as a download (never inline), or shows why it cannot. */
    public void download(long id) throws IOException {
        ExportDownload[] d = new ExportDownload[1];
        if (!messages.attempt(() -> d[0] = exports.download(id), Map.of())) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.setResponseContentType(d[0].mediaType());
        response.setResponseContentLength(d[0].content().length);
        Downloads.attachmentHeaders(d[0].fileName()).forEach(response::setResponseHeader);
        response.getResponseOutputStream().write(d[0].content());
        faces.responseComplete();
    }

    public boolean isRunning() {
        return jobs.stream().anyMatch(ExportJobView::isRunning);
    }

    /**
     * Whether the form is shown: the caller may ask here for a kind (a caseworker, partner or focal point only follows
     * their lists' exports).
     */
    public boolean isAsking() {
        return !kinds.isEmpty();
    }

    public boolean isHtcds() {
        return kind == ExportKind.HTCDS_CASES;
    }

    /** Why a job failed, in the reader's language. */
    public String failure(ExportJobView job) {
        return job.failureText() == null ? "" : messages.text(job.failureText());
    }

    public String when(java.time.Instant at) {
        return userLocale.time(at);
    }

    public List<ExportKind> getKinds() {
        return kinds;
    }

    public List<ExportJobView> getJobs() {
        return jobs;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public List<IdentifyingField> getIdentifyingFields() {
        return List.of(IdentifyingField.values());
    }

    public ExportKind getKind() {
        return kind;
    }

    public void setKind(ExportKind kind) {
        this.kind = kind;
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

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public List<String> getIdentifying() {
        return identifying;
    }

    public void setIdentifying(List<String> identifying) {
        this.identifying = identifying == null ? new ArrayList<>() : identifying;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
