package org.casebridge.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/** A caseworker's note on a case, with its author and time. Notes are never edited, only voided with a reason. */
@Entity
@Table(name = "case_note")
public class CaseNote extends TrackedEntity {

    public static final int MAX = 10_000;
    public static final int VOID_REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Column(name = "text", nullable = false, length = MAX)
    private String text;

    @Column(name = "author", nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason", length = VOID_REASON_MAX)
    private String voidReason;

    protected CaseNote() {
    }

    CaseNote(CaseFile caseFile, String text, String author, Instant at) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String trimmed = Text.requiredMultiLine(text, MAX, "text", "error.label.note", errors);
        errors.throwIfAny();
        this.caseFile = caseFile;
        this.text = trimmed;
        this.author = author;
        this.writtenAt = at;
    }

    void voidNote(String reason) {
        this.voided = true;
        this.voidReason = Text.multiLine(reason, VOID_REASON_MAX, "reason", "error.label.reason");
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public boolean isVoided() {
        return voided;
    }
}
