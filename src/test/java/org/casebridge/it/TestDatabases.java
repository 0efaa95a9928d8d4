package org.casebridge.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Fresh, empty databases for one test run: H2 files under target/it, or PostgreSQL databases created
 * on the server named by casebridge.test.pg.url and dropped when the run ends. Switch with
 * -Dcasebridge.test.db=postgresql (the {@code postgresql} Maven profile).
 */
public final class TestDatabases {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final List<String> CREATED = new ArrayList<>();

    private TestDatabases() {
    }

    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("casebridge.test.db", "h2"));
    }

    /** The JDBC URL of the test database called {@code name}, creating it first on PostgreSQL. */
    public static synchronized String url(String name) {
        if (postgres()) {
            String db = ("cb_it_" + RUN + "_" + name).toLowerCase(Locale.ROOT);
            if (!CREATED.contains(db)) {
                try (Connection c = admin(); Statement s = c.createStatement()) {
                    s.execute("create database " + db + " owner " + owner());
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot create PostgreSQL test database " + db
                            + " at " + pgBase() + " (is PostgreSQL running?)", e);
                }
                CREATED.add(db);
            }
            return pgBase() + db;
        }
        Path dir = workDir().resolve("db-" + RUN + "-" + name);
        return "jdbc:h2:file:" + dir.toAbsolutePath() + "/casebridge;AUTO_SERVER=TRUE";
    }

    /** The application's database role (on PostgreSQL: casebridge.test.pg.user, .ci/run gives the restricted one). */
    public static String user() {
        return postgres() ? System.getProperty("casebridge.test.pg.user", "postgres") : "sa";
    }

    public static String password() {
        return postgres() ? System.getProperty("casebridge.test.pg.password", "") : "";
    }

    /** The role that owns the test databases and applies the migrations (casebridge.test.pg.owner; default: the user). */
    public static String owner() {
        String owner = System.getProperty("casebridge.test.pg.owner", "");
        return postgres() ? (owner.isBlank() ? user() : owner) : "sa";
    }

    public static String ownerPassword() {
        return postgres() ? System.getProperty("casebridge.test.pg.owner-password", password()) : "";
    }

    /** Whether the application runs with a role of its own that owns nothing (the production set-up). */
    public static boolean separateOwner() {
        return postgres() && !owner().equals(user());
    }

    /** A direct connection to a test database, as the application's own database user. */
    public static Connection connect(String name) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        p.setProperty("password", password());
        return DriverManager.getConnection(url(name), p);
    }

    /** A direct connection as the role that owns the tables (what an insider with the owner's rights has). */
    public static Connection connectAsOwner(String name) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", owner());
        p.setProperty("password", ownerPassword());
        return DriverManager.getConnection(url(name), p);
    }

    /** A connection to the server's maintenance database as the administrator (PostgreSQL only). */
    public static Connection admin() throws SQLException {
        Properties p = new Properties();
        String admin = System.getProperty("casebridge.test.pg.admin", "");
        p.setProperty("user", admin.isBlank() ? "postgres" : admin);
        p.setProperty("password", System.getProperty("casebridge.test.pg.admin-password", ""));
        return DriverManager.getConnection(pgBase() + "postgres", p);
    }

    /** The database name of test database {@code name} (PostgreSQL). */
    public static String databaseName(String name) {
        String url = url(name);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Where the server on test database {@code name} publishes its checkpoints (casebridge.audit.checkpoint-sink). */
    public static Path publishedCheckpoints(String name) {
        return workDir().resolve("published-" + RUN + "-" + name).toAbsolutePath();
    }

    public static Path workDir() {
        return Path.of(System.getProperty("casebridge.test.workdir", "target/it"));
    }

    static synchronized void dropAll() {
        if (!postgres()) {
            return;
        }
        for (String db : CREATED) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + db + " with (force)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + db + ": " + e.getMessage());
            }
        }
        CREATED.clear();
    }

    private static String pgBase() {
        String base = System.getProperty("casebridge.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        return base.endsWith("/") ? base : base + "/";
    }

}
