package org.casebridge.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once around the whole integration-test run (failsafe only): points Arquillian's Payara Micro
 * at its own fresh database before it starts, and afterwards stops the shared black-box server and
 * drops the PostgreSQL databases the run created.
 */
public class TestSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("casebridge.test.workdir") == null) {
            return;
        }
        System.setProperty("payara.microJar", TestSettings.microJar().toAbsolutePath().toString());
        System.setProperty("payara.cmdOptions", String.join(" ", TestSettings.jvmOptions("arquillian")));
        System.setProperty("payara.extraMicroOptions", "--nohazelcast --prebootcommandfile "
                + TestSettings.preBootCommands());
        System.setProperty("payara.consoleOutput", "false");
        System.setProperty("payara.startupTimeoutInSeconds", "240");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (System.getProperty("casebridge.test.workdir") == null) {
            return;
        }
        CaseBridgeServer.stopIfStarted();
        TestDatabases.dropAll();
        removeArquillianLeftovers();
    }

    /** Arquillian's Payara Micro connector leaves its deployment folders in the temp directory. */
    private static void removeArquillianLeftovers() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> entries = Files.list(tmp)) {
            entries.filter(p -> p.getFileName().toString().startsWith("arquillian-payara-micro")).forEach(TestSession::delete);
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
