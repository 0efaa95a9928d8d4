package org.casebridge.application.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.domain.model.export.ExportJob;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.Message;

/**
 * An export job as its owner sees it, on the screen and over REST: what was asked (for a list, {@code list} names
 * it), where it is, how far it has come, and, when DONE, the file's name, size and SHA-256 until it expires.
 * {@code failure} is stored as a bundle key with its arguments ({@link #failureText()}); the interfaces put it in
 * words before showing it.
 */
public record ExportJobView(long id, String kind, String list, String format, String status, int percent, long rows,
        long totalRows, String country, LocalDate from, LocalDate to, List<String> identifying, String reason,
        String fileName, Long fileSize, String fileSha256, String failure, Instant createdAt, Instant finishedAt,
        Instant expiresAt, boolean downloadable) implements java.io.Serializable {

    public static ExportJobView of(ExportJob j) {
        var f = j.filters();
        return new ExportJobView(j.getId(), j.getKind().name(), f.list() == null ? null : f.list().name(),
                j.getFormat().name(), j.getStatus().name(), j.percent(), j.getRowCount(), j.getTotalRows(), f.country(),
                f.from(), f.to(), f.identifying().stream().map(Enum::name).toList(), f.reason(), j.fileName(),
                j.getFileSize(), j.getFileSha256(), j.getFailure(), j.getCreatedAt(), j.getFinishedAt(), j.getExpiresAt(),
                j.getStatus() == org.casebridge.domain.model.export.ExportStatus.DONE);
    }

    /** Why the job failed, as a bundle key and arguments to show in the reader's language; null unless FAILED. */
    public Message failureText() {
        return ExportJob.failureText(failure);
    }

    /** The same job with its failure in words (REST answers in the request's language). */
    public ExportJobView withFailure(String text) {
        return new ExportJobView(id, kind, list, format, status, percent, rows, totalRows, country, from, to, identifying,
                reason, fileName, fileSize, fileSha256, text, createdAt, finishedAt, expiresAt, downloadable);
    }

    /** The bundle key of what the job holds: its kind's, or for a list other than the case list the list's. */
    public String whatKey() {
        return "export.kind." + kind + (list == null || list.equals(ListSelection.CASES) ? "" : "." + list);
    }

    public boolean isRunning() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }
}
