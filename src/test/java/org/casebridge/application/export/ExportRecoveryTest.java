package org.casebridge.application.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A starting instance removes the spool files that a dead process left, never those of another instance on the
 * same host that is exporting right now (the benchmark lost an export at 99 % that way).
 */
class ExportRecoveryTest {

    @Test
    void onlyAnotherLiveProcessKeepsItsSpool() throws IOException, InterruptedException {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        try {
            assertTrue(ExportRecovery.writtenByAnotherLiveProcess(spool(live)), "a running process's export is kept");
            assertFalse(ExportRecovery.writtenByAnotherLiveProcess(spool(ProcessHandle.current().pid())),
                    "this process's own leftovers (a recycled pid) are removed");
            other.waitFor();
            assertFalse(ExportRecovery.writtenByAnotherLiveProcess(spool(other.pid())), "a dead process's file is removed");
            assertFalse(ExportRecovery.writtenByAnotherLiveProcess(Path.of("/tmp", ExportRunner.SPOOL_PREFIX + "123456.bin")),
                    "a file named the old way (no pid) is removed");
        } finally {
            other.destroy();
        }
    }

    private static Path spool(long pid) {
        return Path.of("/tmp", ExportRunner.SPOOL_PREFIX + pid + "-8817261.bin");
    }
}
