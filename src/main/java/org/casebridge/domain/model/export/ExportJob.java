package org.casebridge.domain.model.export;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.EnumSetConverter;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.TrackedEntity;

/**
 * An export asked for by one user, run in the background: its kind, format and filters, where it is
 * ({@link ExportStatus}), how many rows it has written so far and, once DONE, the size and SHA-256 of its
 * file and of the ids it holds. The file itself is stored apart ({@link ExportFiles}), in one statement
 * when the job finishes, so there is never half a file. Only its owner sees it.
 */
@Entity
@Table(name = "export_job")
@NamedQuery(name = ExportJob.OF_OWNER, query = "select j from ExportJob j where j.ownerId = :owner order by j.id desc")
@NamedQuery(name = ExportJob.UNFINISHED, query = "select j from ExportJob j where j.node = :node and j.status in :statuses order by j.id")
@NamedQuery(name = ExportJob.EXPIRING, query = "select j from ExportJob j where j.status = :status and j.expiresAt <= :now order by j.id")
public class ExportJob extends TrackedEntity {

    public static final String OF_OWNER = "ExportJob.ofOwner";
    public static final String UNFINISHED = "ExportJob.unfinished";
    public static final String EXPIRING = "ExportJob.expiring";
    public static final int FAILURE_MAX = 200;
    private static final String FAILURE_SEPARATOR = "|";

    @Id
    @SequenceGenerator(name = "export_job_seq", sequenceName = "export_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_job_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private ExportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 10, updatable = false)
    private ExportFormat format;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    /** The owner's country (null for a regional user): refusals name it. */
    @Column(name = "owner_country", length = 2, updatable = false)
    private String ownerCountry;

    @Column(name = "filter_country", length = 2, updatable = false)
    private String filterCountry;

    @Column(name = "filter_from", updatable = false)
    private LocalDate filterFrom;

    @Column(name = "filter_to", updatable = false)
    private LocalDate filterTo;

    @Convert(converter = IdentifyingFields.class)
    @Column(name = "identifying", length = 40, updatable = false)
    private Set<IdentifyingField> identifying;

    @Column(name = "reason", length = ExportFilters.REASON_MAX, updatable = false)
    private String reason;

    /** The list a LIST_XLSX job holds ({@link ListSelection#name()}); null for other kinds. */
    @Column(name = "list_name", length = ListSelection.NAME_MAX, updatable = false)
    private String listName;

    /** That list's filters and sort in the list's encoded form. */
    @Column(name = "list_query", length = ListSelection.QUERY_MAX, updatable = false)
    private String listQuery;

    /** The node that runs the job (its managed executor); at start-up a node fails only its own unfinished jobs. */
    @Column(name = "node", nullable = false, length = 64, updatable = false)
    private String node;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ExportStatus status;

    /** Rows expected when the job started (the count before writing); 0 until then. */
    @Column(name = "total_rows", nullable = false)
    private long totalRows;

    /** Rows written so far; all of them once DONE. */
    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    /** SHA-256 (hex) of the comma-separated ids of the records in the file, as on the audit trail. */
    @Column(name = "ids_sha256", length = 64)
    private String idsSha256;

    @Column(name = "failure", length = FAILURE_MAX)
    private String failure;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ExportJob() {
    }

    /** A job asked for now by {@code ownerId}, QUEUED. */
    public ExportJob(ExportKind kind, ExportFormat format, long ownerId, String ownerCountry, ExportFilters filters, String node) {
        if (!kind.formats().contains(format)) {
            throw new DomainException("error.export.notMadeAs", kind.name(), format.name());
        }
        this.kind = kind;
        this.format = format;
        this.ownerId = ownerId;
        this.ownerCountry = ownerCountry;
        this.filterCountry = filters.country();
        this.filterFrom = filters.from();
        this.filterTo = filters.to();
        this.identifying = filters.identifying();
        this.reason = filters.reason();
        if (kind.isList() != (filters.list() != null)) {
            throw new DomainException("error.export.list", String.join(", ", ListSelection.LISTS));
        }
        if (filters.list() != null) {
            if (filters.list().ownerId() != ownerId) {
                throw new DomainException("An export of a list holds its owner's list.");
            }
            this.listName = filters.list().name();
            this.listQuery = filters.list().query();
        }
        this.node = node;
        this.status = ExportStatus.QUEUED;
    }

    /**
     * The rows counted when the job was asked for, while it is QUEUED: the start may take this count instead of
     * counting again (the run refuses more rows than the limit in any case).
     */
    public void expect(long rows) {
        if (status != ExportStatus.QUEUED) {
            throw new DomainException("An export " + status + " cannot be counted again.");
        }
        this.totalRows = rows;
    }

    public void start(long expectedRows, Instant at) {
        move(ExportStatus.RUNNING);
        this.totalRows = expectedRows;
        this.startedAt = at;
    }

    public void progress(long rowsWritten) {
        if (status != ExportStatus.RUNNING) {
            throw new DomainException("error.export.onlyARunningExport");
        }
        this.rowCount = rowsWritten;
    }

    /** The whole file is stored: DONE, kept for {@code keep}. */
    public void finish(long rows, long size, String sha256, String idsDigest, Instant at, Duration keep) {
        move(ExportStatus.DONE);
        this.rowCount = rows;
        this.totalRows = Math.max(totalRows, rows);
        this.fileSize = size;
        this.fileSha256 = sha256;
        this.idsSha256 = idsDigest;
        this.finishedAt = at;
        this.expiresAt = at.plus(keep);
    }

    /**
     * Stopped without a file; {@code why} is a bundle key with codes or numbers as arguments (no personal
     * data), stored as {@code key|arg|arg} and shown in the reader's language ({@link #failureText(String)}).
     */
    public void fail(Message why, Instant at) {
        move(ExportStatus.FAILED);
        String stored = why == null ? null : String.join(FAILURE_SEPARATOR,
                Stream.concat(Stream.of(why.key()), why.args().stream().map(String::valueOf)).toList());
        this.failure = stored == null ? null : stored.length() > FAILURE_MAX ? stored.substring(0, FAILURE_MAX) : stored;
        this.finishedAt = at;
    }

    /**
     * A stored failure as a message: {@code key|arg|arg} as written by {@link #fail}; an older row's English
     * sentence (before issue 15) is a text without arguments, shown as it is written.
     */
    public static Message failureText(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        if (!stored.startsWith("error.")) {
            return Message.of(stored);
        }
        String[] parts = stored.split(Pattern.quote(FAILURE_SEPARATOR), -1);
        return Message.of(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }

    /** The file was removed after the retention time. */
    public void expire() {
        move(ExportStatus.EXPIRED);
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    public ExportFilters filters() {
        return new ExportFilters(filterCountry, filterFrom, filterTo, identifying, reason,
                listName == null ? null : new ListSelection(listName, listQuery, ownerId));
    }

    /** The file's name when downloaded: kind, id and format, nothing personal. */
    public String fileName() {
        return "casebridge-" + (listName == null ? kind.fileStem() : listName) + "-" + id + "." + format.extension();
    }

    /** Percentage done, 0 to 100. */
    public int percent() {
        if (status == ExportStatus.DONE || status == ExportStatus.EXPIRED) {
            return 100;
        }
        return totalRows <= 0 ? 0 : (int) Math.min(99, rowCount * 100 / totalRows);
    }

    private void move(ExportStatus target) {
        if (!status.canBecome(target)) {
            throw new DomainException("error.export.cannotBecome", Message.of("export.status." + status.name()),
                    Message.of("export.status." + target.name()));
        }
        this.status = target;
    }

    public Long getId() {
        return id;
    }

    public ExportKind getKind() {
        return kind;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getOwnerCountry() {
        return ownerCountry;
    }

    public String getNode() {
        return node;
    }

    public String getFilterCountry() {
        return filterCountry;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public long getTotalRows() {
        return totalRows;
    }

    public long getRowCount() {
        return rowCount;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getIdsSha256() {
        return idsSha256;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Stores the ticked identifying fields in one column. */
    @Converter
    public static class IdentifyingFields extends EnumSetConverter<IdentifyingField>
            implements AttributeConverter<Set<IdentifyingField>, String> {
        public IdentifyingFields() {
            super(IdentifyingField.class);
        }
    }
}
