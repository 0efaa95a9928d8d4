package org.casebridge.domain.model.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where finished export files are kept: in the database, one row per DONE job, written in one statement
 * in the transaction that marks the job DONE (never a half file), read for a download, removed when the
 * job expires.
 */
public interface ExportFiles {

    /** Stores the whole file of job {@code jobId}: {@code length} bytes from {@code content}. */
    void store(long jobId, InputStream content, long length) throws IOException;

    /** The file of job {@code jobId}, if stored. */
    Optional<byte[]> read(long jobId);

    /** Removes the file of job {@code jobId}; true if there was one (removing twice is harmless). */
    boolean remove(long jobId);
}
