package org.casebridge.it;

import java.nio.file.Path;
import java.util.List;

/** The configuration every test server runs with: demo data, fast hashing, known audit keys. */
public final class TestSettings {

    /** Published in the README; the demo accounts' password. */
    public static final String DEMO_PASSWORD = "Demo-Password-2026";
    public static final String HMAC_KEY = "integration-tests-only-audit-hmac-key-0123456789";
    /** Base64 of a 32-byte Ed25519 seed. */
    public static final String SIGNING_KEY = "dGVzdHMtb25seS1lZDI1NTE5LXNpZ25pbmctc2VlZCE=";

    private TestSettings() {
    }

    /** JVM options for a CaseBridge server on test database {@code dbName}. */
    public static List<String> jvmOptions(String dbName) {
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.language=en",
                "-Dcasebridge.demo=true",
                "-Dcasebridge.password.iterations=1000",
                // no role must use a second factor, so that every test can log in with a password; the
                // second-factor tests enrol their own accounts, and SecondFactorRequiredIT runs a server of its own
                "-Dcasebridge.mfa.required-roles=none",
                "-Dcasebridge.db.url=" + TestDatabases.url(dbName),
                "-Dcasebridge.db.user=" + TestDatabases.user(),
                "-Dcasebridge.db.password=" + TestDatabases.password(),
                "-Dcasebridge.audit.hmac-key=" + HMAC_KEY,
                "-Dcasebridge.audit.signing-key=" + SIGNING_KEY,
                "-Dcasebridge.node-name=test-" + dbName,
                // TrustedProxyIT connects from 127.0.0.2 as the proxy; every other test is an untrusted client at 127.0.0.1
                "-Dcasebridge.http.trusted-proxies=127.0.0.2",
                // the timer looks every minute and signs whenever the chain moved, so tests can wait for it
                "-Dcasebridge.audit.checkpoint-every-minutes=0",
                // statistics counted live, so that a test sees the records it has just written (the kept counts and
                // their refresh: StatisticsCellsTest, which proves them equal to the live counts)
                "-Dcasebridge.statistics.refresh-minutes=0",
                "-Dcasebridge.audit.checkpoint-sink=" + TestDatabases.publishedCheckpoints(dbName)));
        if (TestDatabases.separateOwner()) {
            options.add("-Dcasebridge.db.migration-user=" + TestDatabases.owner());
            options.add("-Dcasebridge.db.migration-password=" + TestDatabases.ownerPassword());
        }
        return options;
    }

    public static Path preBootCommands() {
        return Path.of("config/pre-boot-commands.asadmin").toAbsolutePath();
    }

    /** The pre-boot file of a cluster member: the same as {@link #preBootCommands()}, with session replication on. */
    public static Path clusterPreBootCommands() {
        return Path.of("config/cluster-pre-boot-commands.asadmin").toAbsolutePath();
    }

    public static Path microJar() {
        return Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    }

    public static Path war() {
        return Path.of(System.getProperty("casebridge.war", "target/casebridge.war"));
    }
}
