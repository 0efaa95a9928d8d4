package org.casebridge.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.casebridge.domain.model.cooperation.FileKind;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.shared.Voiding;

/**
 * A document attached to a case or to a victim (never both): a signed consent form, an identity
 * document, a photo, a report. Its format is recognised by its content ({@link FileKind}: PDF, PNG,
 * JPEG, office documents), never by the name or the type the client declared; its name is made safe
 * ({@link FileNames}) and must end as its content is. The bytes are kept apart
 * ({@link DocumentContent}) so that listing documents never loads them. Never changed or deleted:
 * voided with a reason.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "victim_id", updatable = false)
    private Long victimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = FileNames.MAX, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 20, updatable = false)
    private FileKind fileType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Embedded
    private Voiding voiding = new Voiding();

    protected CaseDocument() {
    }

    /** A document of a case. */
    public static CaseDocument ofCase(long caseId, DocumentKind kind, String fileName, byte[] content, long maxBytes) {
        CaseDocument d = new CaseDocument(kind, fileName, content, maxBytes);
        d.caseId = caseId;
        return d;
    }

    /** A document of a victim (an identity document, a signed consent form): read wherever the victim is. */
    public static CaseDocument ofVictim(long victimId, DocumentKind kind, String fileName, byte[] content, long maxBytes) {
        CaseDocument d = new CaseDocument(kind, fileName, content, maxBytes);
        d.victimId = victimId;
        return d;
    }

    /**
     * Checks everything before anything is kept: the kind given, a usable name, content not empty, at
     * most {@code maxBytes}, of an allowed format by its bytes, and a name whose extension agrees.
     * Every problem is a {@link ValidationException} that says what is wrong.
     */
    private CaseDocument(DocumentKind kind, String rawName, byte[] content, long maxBytes) {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(kind != null, "kind", "error.document.kind");
        String name = FileNames.sanitise(rawName);
        errors.check(name != null, "fileName", "error.document.fileName");
        errors.throwIfAny();
        if (content == null || content.length == 0) {
            throw ValidationException.of("file", "error.document.file");
        }
        if (content.length > maxBytes) {
            throw ValidationException.of("file", "error.document.tooLarge", sizeText(maxBytes));
        }
        Optional<FileKind> detected = FileKind.of(content);
        if (detected.isEmpty()) {
            throw ValidationException.of("file", "error.document.file2");
        }
        if (!detected.get().matchesName(name)) {
            throw ValidationException.of("file", "error.document.nameDisagrees", detected.get().name(),
                    detected.get().extensions().iterator().next());
        }
        this.kind = kind;
        this.fileName = name;
        this.fileType = detected.get();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
    }

    /** "10 MB", or the bytes when the limit is not a whole number of megabytes, in the reader's language. */
    public static Message sizeText(long bytes) {
        return bytes % (1024 * 1024) == 0 ? Message.of("document.size.mb", bytes / (1024 * 1024))
                : Message.of("document.size.bytes", bytes);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Voids the document with a reason; it stays, visible to supervisors as voided. */
    public void voidFor(String reason, String by, Instant at) {
        voiding.voidFor(reason, by, at);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getVictimId() {
        return victimId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getFileType() {
        return fileType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isVoided() {
        return voiding.isVoided();
    }

    public Voiding getVoiding() {
        return voiding;
    }
}
