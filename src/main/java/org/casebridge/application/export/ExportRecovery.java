package org.casebridge.application.export;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, before any job runs: the jobs this node left QUEUED or RUNNING when its previous process
 * stopped are marked FAILED (they have no file: a file is stored only with DONE), and spool files that
 * process left behind (encrypted with a key that died with it) are deleted.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ExportRecovery {

    private static final Logger LOG = Logger.getLogger(ExportRecovery.class.getName());

    @Inject
    ExportSteps steps;

    @Inject
    @ConfigProperty(name = "casebridge.node-name", defaultValue = "casebridge")
    String nodeName;

    @PostConstruct
    void recover() {
        int failed = steps.failUnfinished(nodeName);
        if (failed > 0) {
            LOG.log(Level.INFO, "{0} export job(s) cut short by a restart marked failed", failed);
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> left = Files.newDirectoryStream(tmp, ExportRunner.SPOOL_PREFIX + "*.bin")) {
            for (Path p : left) {
                if (!writtenByAnotherLiveProcess(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Leftover export spool files not removed: {0}", e.getClass().getName());
        }
    }

    /**
     * A spool is named {@code casebridge-export-<pid>-....bin}: another instance on the same host (or a test server)
     * that is still running keeps its file; one whose process is gone left an unreadable file, removed here.
     */
    static boolean writtenByAnotherLiveProcess(Path spool) {
        String rest = spool.getFileName().toString().substring(ExportRunner.SPOOL_PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0 || !rest.substring(0, dash).matches("\\d{1,19}")) {
            return false;
        }
        long pid = Long.parseLong(rest.substring(0, dash));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
