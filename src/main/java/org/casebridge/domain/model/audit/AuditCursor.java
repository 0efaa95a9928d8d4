package org.casebridge.domain.model.audit;

/**
 * Where a page of the audit log starts when the log is read page by page (a background export of it): the log up to
 * the entry {@code upTo}, which never changes while it is read (the log is append-only); in the default order, by
 * sequence, after the entry {@code lastSequence} (a keyset); sorted by another column, whose values repeat and may be
 * empty, after the first {@code skipped} entries of that order (each page then its own query of the same rows).
 */
public record AuditCursor(long upTo, Long lastSequence, int skipped) {

    /** The first page of the log as it is up to the entry {@code upTo}. */
    public static AuditCursor first(long upTo) {
        return new AuditCursor(upTo, null, 0);
    }

    /** The page after the one that ended with {@code last}, {@code read} entries long. */
    public AuditCursor after(AuditEntry last, int read) {
        return new AuditCursor(upTo, last.getSequence(), skipped + read);
    }
}
