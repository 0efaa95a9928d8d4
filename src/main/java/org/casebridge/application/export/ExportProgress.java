package org.casebridge.application.export;

/** What a writer reports while it writes: each row written, with the ids of the records it comes from. */
public interface ExportProgress {

    /** A row was written from case {@code caseId} and victim {@code victimId} (null for a case without victims). */
    void row(long caseId, Long victimId);
}
