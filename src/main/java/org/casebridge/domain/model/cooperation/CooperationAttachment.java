package org.casebridge.domain.model.cooperation;

import jakarta.persistence.Column;
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
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A file attached to a message of a request's thread: what it is (recognised by its content), its
 * name, size and SHA-256. The bytes are kept apart ({@link AttachmentContent}) so that listing a
 * thread never loads them. Never changed or deleted.
 */
@Entity
@Table(name = "cooperation_attachment")
public class CooperationAttachment extends TrackedEntity {

    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "cooperation_attachment_seq", sequenceName = "cooperation_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cooperation_attachment_seq")
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private long messageId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "file_name", nullable = false, length = NAME_MAX, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    protected CooperationAttachment() {
    }

    /**
     * Checks {@code content} named {@code fileName} for a message: not empty, at most {@code maxBytes},
     * one of the allowed kinds by its content, and a name whose extension agrees. Every problem is a
     * {@link ValidationException} on the field {@code file} that says what is wrong, never a guess.
     */
    public CooperationAttachment(CooperationMessage message, String fileName, byte[] content, long maxBytes) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String name = Text.name(fileName, NAME_MAX, "fileName", "error.label.fileName", errors);
        errors.check(name != null, "fileName", "error.cooperation.fileName");
        errors.check(name == null || name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':'), "fileName",
                "error.cooperation.fileName2");
        errors.throwIfAny();
        if (content == null || content.length == 0) {
            throw ValidationException.of("file", "error.cooperation.file");
        }
        if (content.length > maxBytes) {
            throw new ValidationException(Map.of("file", tooLarge(maxBytes)));
        }
        Optional<FileKind> detected = FileKind.of(content);
        if (detected.isEmpty()) {
            throw ValidationException.of("file", "error.cooperation.file2");
        }
        if (!detected.get().matchesName(name)) {
            throw ValidationException.of("file", "error.cooperation.fileNameKind", detected.get(),
                    detected.get().extensions().iterator().next());
        }
        this.messageId = message.getId();
        this.requestId = message.getRequestId();
        this.fileName = name;
        this.kind = detected.get();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
    }

    /** What refuses a file larger than {@code maxBytes}: the limit in MB when it is a whole number of them, else in bytes. */
    public static Message tooLarge(long maxBytes) {
        return maxBytes % (1024 * 1024) == 0 ? Message.of("error.cooperation.fileTooLargeMb", maxBytes / (1024 * 1024))
                : Message.of("error.cooperation.fileTooLargeBytes", maxBytes);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public Long getId() {
        return id;
    }

    public long getMessageId() {
        return messageId;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getKind() {
        return kind;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
