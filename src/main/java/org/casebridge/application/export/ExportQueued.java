package org.casebridge.application.export;

/** An export job was asked for; fired in the asking transaction, run once that has committed. */
public record ExportQueued(long jobId) {
}
