package org.casebridge.domain.model.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class ExportJobTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void statusMovesAreExactlyTheAllowedOnes() {
        Set<String> allowed = Set.of("QUEUED>RUNNING", "QUEUED>FAILED", "RUNNING>DONE", "RUNNING>FAILED", "DONE>EXPIRED");
        for (ExportStatus from : ExportStatus.values()) {
            for (ExportStatus to : ExportStatus.values()) {
                assertEquals(allowed.contains(from + ">" + to), from.canBecome(to), from + " -> " + to);
            }
        }
    }

    @Test
    void aJobRunsToDoneWithItsFileKeptForTheRetentionTime() {
        ExportJob job = job();
        assertEquals(ExportStatus.QUEUED, job.getStatus());
        job.start(200, NOW);
        job.progress(100);
        assertEquals(50, job.percent());
        job.finish(200, 1234, "ab", "cd", NOW, Duration.ofHours(24));
        assertEquals(ExportStatus.DONE, job.getStatus());
        assertEquals(100, job.percent());
        assertEquals(NOW.plus(Duration.ofHours(24)), job.getExpiresAt());
        job.expire();
        assertEquals(ExportStatus.EXPIRED, job.getStatus());
    }

    @Test
    void theCountMadeWhenAskedShowsWhileQueuedAndCannotBeChangedOnceRunning() {
        ExportJob job = job();
        job.expect(300);
        assertEquals(300, job.getTotalRows(), "a queued job shows the rows it will hold");
        assertEquals(0, job.percent());
        job.start(300, NOW);
        assertThrows(DomainException.class, () -> job.expect(10), "counted once, at the request");
        job.progress(150);
        assertEquals(50, job.percent());
    }

    @Test
    void aQueuedJobCannotBeDoneWithoutRunningAndAFailedOneNeverFinishes() {
        ExportJob queued = job();
        assertThrows(DomainException.class, () -> queued.finish(1, 1, "a", "b", NOW, Duration.ofHours(1)));
        queued.fail(Message.of("error.export.failed.overLimit", 250001L, 250000L), NOW);
        assertEquals(ExportStatus.FAILED, queued.getStatus());
        assertEquals("error.export.failed.overLimit|250001|250000", queued.getFailure(), "stored as key and codes");
        assertEquals(Message.of("error.export.failed.overLimit", "250001", "250000"), ExportJob.failureText(queued.getFailure()));
        assertEquals(Message.of("interrupted: the server restarted"), ExportJob.failureText("interrupted: the server restarted"),
                "a failure stored in English before issue 15 is shown as written");
        assertNull(queued.getFileSize());
        assertThrows(DomainException.class, () -> queued.finish(1, 1, "a", "b", NOW, Duration.ofHours(1)));
        assertThrows(DomainException.class, queued::expire);
        assertFalse(queued.getStatus().isUnfinished());
    }

    @Test
    void identifyingFieldsNeedAReason() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new ExportFilters("JM", null, null, EnumSet.of(IdentifyingField.NAMES), null));
        assertTrue(e.fieldErrors().containsKey("reason"));
        assertThrows(ValidationException.class, () -> new ExportFilters("JM", null, null, EnumSet.of(IdentifyingField.CONTACT), "short"));
        assertThrows(ValidationException.class,
                () -> new ExportFilters("JM", null, null, EnumSet.of(IdentifyingField.NAMES), "court order\u202E 2026-17"));
        ExportFilters ok = new ExportFilters("JM", null, null, EnumSet.of(IdentifyingField.NAMES), "Court order 2026/17 for the trial");
        assertEquals("country=JM identifying=NAMES reason=on job", ok.auditForm());
        assertFalse(ok.auditForm().contains("Court"), "the reason's text is not on the audit trail");
    }

    @Test
    void filtersAreChecked() {
        assertThrows(ValidationException.class, () -> new ExportFilters("jm", null, null, null, null));
        assertThrows(ValidationException.class, () -> new ExportFilters(null, java.time.LocalDate.of(2026, 2, 1),
                java.time.LocalDate.of(2026, 1, 1), null, null));
    }

    @Test
    void aKindIsMadeOnlyInItsFormats() {
        assertTrue(ExportKind.HTCDS_CASES.formats().contains(ExportFormat.CSV));
        assertEquals("casebridge-htcds-cases-null.csv", job().fileName());
    }

    private static ExportJob job() {
        return new ExportJob(ExportKind.HTCDS_CASES, ExportFormat.CSV, 1, "JM", new ExportFilters("JM", null, null, null, null), "node");
    }
}
