package org.casebridge.it;

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
    }
}
