package org.casebridge.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Whether a record is voided, and if so by whom, when and why (OpenMRS style): records are never
 * deleted; a voided one stays in the database and stays visible to supervisors, marked as voided.
 * The reason is required, one voiding only, never undone.
 */
@Embeddable
public class Voiding {

    public static final int REASON_MAX = 500;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason", length = REASON_MAX)
    private String reason;

    @Column(name = "voided_by", length = 64)
    private String by;

    @Column(name = "voided_at")
    private Instant at;

    /** Voids the record; refused without a reason or when it is voided already. */
    public void voidFor(String newReason, String voidedBy, Instant voidedAt) {
        if (voided) {
            throw new DomainException("error.common.thisEntryIsVoided");
        }
        String text = Text.multiLine(newReason, REASON_MAX, "reason", "error.label.reason");
        if (text == null) {
            throw ValidationException.of("reason", "error.common.voidReason", REASON_MAX);
        }
        this.voided = true;
        this.reason = text;
        this.by = voidedBy;
        this.at = voidedAt;
    }

    /** Refuses a change to a voided record. */
    public void requireNotVoided() {
        if (voided) {
            throw new DomainException("error.common.thisEntryIsVoided2");
        }
    }

    public boolean isVoided() {
        return voided;
    }

    public String getReason() {
        return reason;
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }
}
