package org.casebridge.application.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.casebridge.domain.model.shared.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs export jobs on the container's managed executor (Jakarta Concurrency), once the transaction that
 * asked for them has committed. A run writes the file to a temporary spool encrypted with a key that
 * exists only in this run's memory (AES-CTR), counting and hashing what it writes and reporting progress
 * every {@link #PROGRESS_EVERY} rows, at most once a second; only when the writer has finished is the whole file stored in the
 * database, with the job DONE, in one transaction. Any failure leaves the job FAILED and no file; the
 * spool is always deleted (one left by a killed process is unreadable and removed at the next start).
 */
@ApplicationScoped
public class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());
    static final int PROGRESS_EVERY = 500;
    /**
     * And at most once in this time: each report is a transaction of its own, and at 1,000,000 cases a
     * report every 500 rows was 264 commits in a 132,000-row export (docs/performance.md).
     */
    static final long PROGRESS_NANOS = 1_000_000_000L;
    /** The spool files' name prefix (start-up removes leftovers). */
    public static final String SPOOL_PREFIX = "casebridge-export-";

    @Resource
    ManagedExecutorService executor;

    @Inject
    ExportSteps steps;

    @Inject
    ExportDefinitions definitions;

    @Inject
    org.casebridge.domain.model.export.ExportJobRepository jobs;

    @Inject
    @ConfigProperty(name = "casebridge.export.max-rows", defaultValue = "200000")
    long maxRows;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportQueued queued) {
        executor.execute(() -> run(queued.jobId()));
    }

    /** Runs job {@code id} to its end, DONE or FAILED. */
    public void run(long id) {
        try {
            if (!steps.start(id)) {
                return;
            }
            write(id);
        } catch (RuntimeException | IOException | GeneralSecurityException e) {
            // class only: a message could carry data from a row
            LOG.log(Level.WARNING, "Export job {0} failed: {1}", new Object[] {id, e.getClass().getName()});
            try {
                steps.fail(id, e instanceof RowLimitException limit ? limit.text
                        : Message.of("error.export.failed.notWritten", e.getClass().getSimpleName()));
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Export job {0} could not be marked failed: {1}", new Object[] {id, again.getClass().getName()});
            }
        }
    }

    private <T> void write(long id) throws IOException, GeneralSecurityException {
        var job = jobs.find(id).orElseThrow();
        ExportDefinition<T> definition = definitions.of(job.getKind());
        var filters = job.filters();
        Path spool = Files.createTempFile(SPOOL_PREFIX + ProcessHandle.current().pid() + "-", ".bin");
        try {
            byte[] key = new byte[32];
            byte[] iv = new byte[16];
            SecureRandom random = new SecureRandom();
            random.nextBytes(key);
            random.nextBytes(iv);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ExportedIds ids = new ExportedIds();
            long[] rows = {0};
            long[] reported = {System.nanoTime()};
            Counting counted;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(spool), 64 * 1024);
                    OutputStream encrypted = new CipherOutputStream(file, cipher(Cipher.ENCRYPT_MODE, key, iv));
                    Counting counting = new Counting(new DigestOutputStream(encrypted, sha))) {
                counted = counting;
                definition.writer(job.getFormat(), filters).write(definition.source(filters), counting, (caseId, victimId) -> {
                    ids.add(caseId, victimId);
                    rows[0]++;
                    if (rows[0] > maxRows) {
                        throw new RowLimitException(Message.of("error.export.failed.overLimitWhileWriting", maxRows));
                    }
                    if (rows[0] % PROGRESS_EVERY == 0 && System.nanoTime() - reported[0] >= PROGRESS_NANOS) {
                        steps.progress(id, rows[0]);
                        reported[0] = System.nanoTime();
                    }
                });
            }
            try (InputStream content = new CipherInputStream(Files.newInputStream(spool), cipher(Cipher.DECRYPT_MODE, key, iv))) {
                steps.finish(id, content, counted.count, HexFormat.of().formatHex(sha.digest()), rows[0], ids);
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return c;
    }

    /** More rows than the limit appeared while the export ran: refused, not cut. */
    static final class RowLimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final Message text;

        RowLimitException(Message text) {
            super(text.toString(), null, false, false);
            this.text = text;
        }
    }

    /** Counts the bytes written through it. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
