package org.casebridge.application.export;

/** What a writer reports while it writes: each row written, with the ids of the records it comes from. */
public interface ExportProgress {

    /**
     * A row was written from record {@code recordId} (a case, or the row's own record in a list:
     * {@link ExportDefinition#recordType}) and victim {@code victimId} (null for a row of no victim).
     */
    void row(long recordId, Long victimId);
}
