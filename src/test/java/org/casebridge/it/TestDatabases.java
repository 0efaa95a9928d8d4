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
                    s.execute("create database " + db);
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

    public static String user() {
        return postgres() ? System.getProperty("casebridge.test.pg.user", "postgres") : "sa";
    }

    public static String password() {
        return postgres() ? System.getProperty("casebridge.test.pg.password", "") : "";
    }

    /** A direct connection to a test database, as the application's own database user. */
    public static Connection connect(String name) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        p.setProperty("password", password());
        return DriverManager.getConnection(url(name), p);
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

    private static Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        p.setProperty("password", password());
        return DriverManager.getConnection(pgBase() + "postgres", p);
    }
}
