package org.casebridge.application.export;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.casefile.CaseAccess;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.export.ExportFiles;
import org.casebridge.domain.model.export.ExportJob;
import org.casebridge.domain.model.export.ExportJobRepository;
import org.casebridge.domain.model.export.ExportStatus;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of a background export, each its own transaction so that the progress bar sees them at once:
 * start (the size checked again, unless counted at submission a moment ago), progress, finish (the whole file stored, the job DONE and the ids it
 * holds audited, together), fail; and, outside a run, failing the jobs a restart cut short and removing
 * expired files. Entries are written as the job's owner (or as the system for recovery and removal).
 */
@Stateless
@AuditedService
public class ExportSteps {

    static final String JOB = ExportAccess.JOB;
    /** How old the count made at submission may be for the start to take it (see {@link #countFresh}). */
    static final Duration COUNT_FRESH = Duration.ofMinutes(1);

    @Inject
    ExportJobRepository jobs;

    @Inject
    ExportFiles files;

    @Inject
    ExportDefinitions definitions;

    @Inject
    AccountRepository accounts;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "casebridge.export.max-rows", defaultValue = "200000")
    long maxRows;

    @Inject
    @ConfigProperty(name = "casebridge.export.keep-hours", defaultValue = "24")
    long keepHours;

    /** Marks a QUEUED job RUNNING with its row count; false (and FAILED, audited) when over the limit or gone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean start(long id) {
        ExportJob job = jobs.find(id).orElse(null);
        if (job == null || job.getStatus() != ExportStatus.QUEUED) {
            audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, JOB, id, job == null ? null : job.getOwnerCountry())
                    .outcome(AuditOutcome.FAILED).detail("not started: " + (job == null ? "missing" : job.getStatus())).by(Actor.SYSTEM));
            return false;
        }
        long rows = countFresh(job) ? job.getTotalRows() : definitions.of(job.getKind()).count(job.filters());
        if (rows > maxRows) {
            job.start(rows, clock.instant());
            job.fail(Message.of("error.export.failed.overLimit", rows, maxRows), clock.instant());
            work.flush();
            audit.record(AuditEvent.of(AuditAction.EXPORT, JOB, id, job.getOwnerCountry()).outcome(AuditOutcome.FAILED)
                    .detail("refused rows=" + rows + " max=" + maxRows).by(owner(job)));
            return false;
        }
        job.start(rows, clock.instant());
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, JOB, id, job.getOwnerCountry()).detail("running rows=" + rows)
                .by(owner(job)));
        return true;
    }

    /**
     * Whether the count made when the job was asked for may stand for the start's: made less than {@link #COUNT_FRESH}
     * ago (a job starts as soon as its request commits; one that waited in the queue longer is counted again). At
     * 1,000,000 cases a count of 100,000 cases' rows took 1.1 s, once more for nothing (docs/performance.md).
     */
    private boolean countFresh(ExportJob job) {
        return job.getTotalRows() > 0 && job.getCreatedAt() != null
                && job.getCreatedAt().isAfter(clock.instant().minus(COUNT_FRESH));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @NotAudited("a number of rows written so far, for the progress bar")
    public void progress(long id, long rows) {
        jobs.find(id).filter(j -> j.getStatus() == ExportStatus.RUNNING).ifPresent(j -> j.progress(rows));
    }

    /**
     * The whole file ({@code length} bytes from {@code content}) stored, the job DONE and the ids of the
     * records it holds on the audit trail, in one transaction: all of it or none.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, InputStream content, long length, String sha256, long rows, ExportedIds ids) throws IOException {
        ExportJob job = jobs.find(id).orElseThrow();
        files.store(id, content, length);
        String recordType = definitions.of(job.getKind()).recordType(job.filters());
        String digest = ids.digest(recordType);
        job.finish(rows, length, sha256, digest, clock.instant(), Duration.ofHours(keepHours));
        work.flush();
        Actor owner = owner(job);
        String country = job.getFilterCountry();
        auditIds(id, recordType, country, ids.caseIds(), rows, digest, owner);
        auditIds(id, CaseAccess.VICTIM, country, ids.victimIds(), rows, digest, owner);
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, JOB, id, job.getOwnerCountry())
                .detail("done rows=" + rows + " bytes=" + length + " file_sha256=" + sha256).by(owner));
    }

    /** The job stopped without a file; {@code why} is a bundle key with codes or numbers, no personal data. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, Message why) {
        ExportJob job = jobs.find(id).orElse(null);
        if (job == null || !job.getStatus().isUnfinished()) {
            audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, JOB, id, null).outcome(AuditOutcome.FAILED)
                    .detail("failure after the end").by(Actor.SYSTEM));
            return;
        }
        job.fail(why, clock.instant());
        work.flush();
        audit.record(AuditEvent.of(AuditAction.EXPORT, JOB, id, job.getOwnerCountry()).outcome(AuditOutcome.FAILED)
                .detail("failed " + safe(why.toString())).by(owner(job)));
    }

    /** At start-up: the jobs of {@code node} left QUEUED or RUNNING by its previous process become FAILED. */
    public int failUnfinished(String node) {
        List<ExportJob> cut = jobs.unfinished(node);
        for (ExportJob job : cut) {
            job.fail(Message.of("error.export.failed.restarted"), clock.instant());
        }
        work.flush();
        audit.record(AuditEvent.list(AuditAction.STATE_CHANGE, JOB, cut.stream().map(ExportJob::getId).toList(),
                "failed at start-up count=" + cut.size()).by(Actor.SYSTEM));
        return cut.size();
    }

    /**
     * Removes the file of a DONE job whose time is up and marks it EXPIRED; does nothing for a job another
     * node (or an earlier sweep) has expired already, so it may run on every node.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long id) {
        ExportJob job = jobs.find(id).orElse(null);
        if (job == null || job.getStatus() != ExportStatus.DONE) {
            audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, JOB, id, null).detail("expired already").by(Actor.SYSTEM));
            return false;
        }
        files.remove(id);
        job.expire();
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, JOB, id, job.getOwnerCountry()).detail("expired file removed")
                .by(Actor.SYSTEM));
        return true;
    }

    private void auditIds(long job, String recordType, String country, long[] ids, long rows, String digest, Actor owner) {
        List<String> parts = ExportedIds.parts(ids);
        for (int i = 0; i < parts.size(); i++) {
            audit.record(new AuditEvent(AuditAction.EXPORT, recordType, null, country, parts.get(i), AuditOutcome.OK,
                    "export_job=" + job + " part=" + (i + 1) + "/" + parts.size() + " ids=" + ids.length + " rows=" + rows
                            + " ids_sha256=" + digest, owner));
        }
    }

    private Actor owner(ExportJob job) {
        return accounts.find(job.getOwnerId()).map(Actor::of).orElse(Actor.SYSTEM);
    }

    private static String safe(String why) {
        return why == null ? "" : why.replaceAll("[^A-Za-z0-9_.,:=/ #()\\[\\]-]", " ");
    }
}
