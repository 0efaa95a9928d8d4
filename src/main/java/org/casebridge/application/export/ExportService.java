package org.casebridge.application.export;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.casefile.CaseListExport;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseQueryText;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.export.ExportFiles;
import org.casebridge.domain.model.export.ExportFilters;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportJob;
import org.casebridge.domain.model.export.ExportJobRepository;
import org.casebridge.domain.model.export.ExportKind;
import org.casebridge.domain.model.export.ExportStatus;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports, for screens and REST alike: ask for one (it runs in the background once the request has
 * committed), follow one's own jobs, download a finished file. An export larger than
 * {@code casebridge.export.max-rows} is refused before it starts (never cut short), audited with the
 * number of rows it would have held.
 */
@Stateless
@AuditedService
public class ExportService {

    static final String JOB = ExportAccess.JOB;
    /** A user's list shows their newest this many jobs. */
    static final int LISTED = 50;

    @Inject
    ExportAccess access;

    @Inject
    ExportJobRepository jobs;

    @Inject
    ExportFiles files;

    @Inject
    ExportDefinitions definitions;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ExportQueued> queued;

    @Inject
    CaseListExport caseLists;

    @Inject
    ListExports lists;

    @Inject
    @ConfigProperty(name = "casebridge.export.max-rows", defaultValue = "200000")
    long maxRows;

    @Inject
    @ConfigProperty(name = "casebridge.node-name", defaultValue = "casebridge")
    String nodeName;

    /**
     * Asks for an export of {@code kind} as {@code format} with {@code filters}: QUEUED, run in the
     * background after this transaction commits. A supervisor's HTCDS export is of their own country
     * (another country is refused, 403); identifying fields only in HTCDS, with a reason.
     */
    public ExportJobView submit(ExportKind kind, ExportFormat format, ExportFilters asked) {
        UserAccount me = access.requester(kind);
        if (!kind.formats().contains(format)) {
            throw ValidationException.of("format", "error.export.formatOnly", kind.name(),
                    kind.formats().iterator().next().name());
        }
        ExportFilters filters = asked;
        if (kind == ExportKind.HTCDS_CASES) {
            if (asked.country() != null && !asked.country().equals(me.countryCode())) {
                throw access.otherCountry(asked.country());
            }
            filters = new ExportFilters(me.countryCode(), asked.from(), asked.to(), asked.identifying(), asked.reason());
        } else if (kind.isList()) {
            if (asked.list() == null) {
                throw ValidationException.of("list", "error.export.list", String.join(", ", ListSelection.LISTS));
            }
            // the list's own access check, and the list as the caller's: nothing else is kept
            ListExport<?, ?> list = lists.of(asked.list().name());
            filters = new ExportFilters(me.countryCode(), null, null, null, null,
                    new ListSelection(list.name(), list.asked(asked.list().query()), me.getId()));
        } else if (!asked.identifying().isEmpty()) {
            throw ValidationException.of("identifying", "error.export.identifying");
        }
        long rows = definitions.of(kind).count(filters);
        if (rows > maxRows) {
            audit.recordSeparately(AuditEvent.of(AuditAction.EXPORT, JOB, null, filters.country()).outcome(AuditOutcome.FAILED)
                    .detail("refused kind=" + kind + " rows=" + rows + " max=" + maxRows + " " + filters.auditForm()));
            throw ValidationException.of("filters", "error.export.tooManyRows", rows, maxRows);
        }
        ExportJob job = new ExportJob(kind, format, me.getId(), me.countryCode(), filters, nodeName);
        job.expect(rows);
        jobs.add(job);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, JOB, job.getId(), me.countryCode())
                .detail("kind=" + kind + " format=" + format + " rows=" + rows + " " + filters.auditForm()));
        queued.fire(new ExportQueued(job.getId()));
        return ExportJobView.of(job);
    }

    /**
     * Asks for the caller's case list (its filters and sort as on the screen or in {@code GET /api/cases};
     * {@code mine}: their own cases) as an XLSX export in the background: for a list longer than a download
     * holds. The same access and scope as the list; the limit is the exports' own.
     */
    public ExportJobView submitCaseList(CaseQuery query, boolean mine) {
        UserAccount me = access.requester(ExportKind.LIST_XLSX);
        CaseQuery asked = caseLists.asked(query, mine);
        return submit(ExportKind.LIST_XLSX, ExportFormat.XLSX, new ExportFilters(null, null, null, null, null,
                new ListSelection(ListSelection.CASES, CaseQueryText.encode(asked), me.getId())));
    }

    /**
     * Asks for the caller's list {@code name} ({@code ListSelection.LISTS}) with {@code query}, its filters in the
     * list's own one-line form ({@code ReferralQueryText}, {@code RequestQueryText}), as an XLSX export in the
     * background: the same access and scope as the list; the limit is the exports' own.
     */
    public ExportJobView submitList(String name, String query) {
        UserAccount me = access.requester(ExportKind.LIST_XLSX);
        return submit(ExportKind.LIST_XLSX, ExportFormat.XLSX, new ExportFilters(null, null, null, null, null,
                new ListSelection(name, query == null ? "" : query, me.getId())));
    }

    /** The kinds of export the caller may ask for; a caller who may ask for none is refused (audited DENIED, 403). */
    @NotAudited("the kinds of export the caller's roles allow; a refusal is audited")
    public List<ExportKind> offered() {
        return access.offered();
    }

    /** The caller's own jobs, newest first. */
    @NotAudited("the caller's own export jobs: kinds, states and sizes, no record; polled by the progress bar")
    public List<ExportJobView> mine() {
        UserAccount me = access.owner();
        return jobs.ofOwner(me.getId(), LISTED).stream().map(ExportJobView::of).toList();
    }

    /** One of the caller's own jobs; another's is not found (audited DENIED). */
    @NotAudited("the state of the caller's own export job, no record; polled by the progress bar (a refusal is audited)")
    public ExportJobView read(long id) {
        return ExportJobView.of(access.jobFor(id));
    }

    /** The finished file of one of the caller's own jobs, audited; 409 while it is not (or no longer) there. */
    public ExportDownload download(long id) {
        ExportJob job = access.jobFor(id);
        if (job.getStatus() != ExportStatus.DONE) {
            throw new DomainException(job.getStatus() == ExportStatus.EXPIRED ? "error.export.expired"
                    : job.getStatus() == ExportStatus.FAILED ? "error.export.failedNoFile" : "error.export.noFileYet");
        }
        byte[] content = files.read(id).orElseThrow(() -> new DomainException("error.export.thisExportSFile"));
        audit.record(AuditEvent.of(AuditAction.EXPORT, JOB, id, job.getOwnerCountry())
                .detail("download kind=" + job.getKind() + " rows=" + job.getRowCount() + " file_sha256=" + job.getFileSha256()));
        return new ExportDownload(job.fileName(), job.getFormat().mediaType(), content);
    }

    @NotAudited("a configured number")
    public long maxRows() {
        return maxRows;
    }
}
