package org.casebridge.infrastructure.generator;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.casebridge.infrastructure.CommandLine;
import org.casebridge.infrastructure.persistence.Migrations;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * The synthetic case generator on the command line, for test and benchmark databases only
 * (docs/performance.md). It writes straight to the database over JDBC, bypassing the application:
 * no access check and no audit entry. By default it first brings the schema up to date with Flyway
 * (the same migrations the application runs at start), and it refuses a database that holds cases
 * not made by the generator unless {@code --force} is given. Exit status 0 done, 1 failed, 2 usage
 * or connection error.
 */
public final class CaseGeneratorCli {

    static final String USAGE = """
            Usage: CaseGeneratorCli --cases N [--url JDBC_URL] [--user USER] [--password PASSWORD]
                                    [--seed S] [--commit-every N] [--no-children] [--no-migrate] [--force]
              --cases N           how many synthetic cases to add (1 .. 5,000,000)
              --url, --user, --password
                                  the database (default: env CASEBRIDGE_DB_URL, CASEBRIDGE_DB_USER,
                                  CASEBRIDGE_DB_PASSWORD); PostgreSQL or H2
              --seed S            random seed (default 20261128); the same seed gives the same spread
              --commit-every N    cases per transaction (default 2000)
              --no-children       cases with their exploitation types and teams only: no victims, consents,
                                  events, notes, referrals or cooperation requests (much faster; enough for the case list)
              --no-migrate        do not run the Flyway migrations first (the schema must be current)
              --force             add cases even though the database holds cases not made by the generator
            For test databases only: bypasses the application, writes no audit entry.
            Exit status: 0 done, 1 failed, 2 usage or connection error.""";

    private CaseGeneratorCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args, Set.of("--no-children", "--no-migrate", "--force"),
                Set.of("--cases", "--seed", "--commit-every"), USAGE, out, err);
        if (line.exitStatus() != null) {
            return line.exitStatus();
        }
        boolean children = !line.has("--no-children");
        boolean migrate = !line.has("--no-migrate");
        boolean force = line.has("--force");
        CommandLine.Database database = line.database(env);
        if (database.missing()) {
            return usage(err, "give the database with --url or CASEBRIDGE_DB_URL");
        }
        String url = database.url();
        String user = database.user();
        String password = database.password();
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            return usage(err, "--url must be a jdbc:postgresql: or jdbc:h2: URL");
        }
        CaseGenerator.Options generation;
        try {
            if (!line.has("--cases")) {
                return usage(err, "say how many cases with --cases N");
            }
            generation = new CaseGenerator.Options(Integer.parseInt(line.value("--cases", null)),
                    Long.parseLong(line.value("--seed", "20261128")),
                    Integer.parseInt(line.value("--commit-every", "2000")), children,
                    LocalDate.now(ZoneOffset.UTC));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        String vendor = Migrations.vendor(url);
        if (migrate) {
            try {
                Migrations.configure(CaseGeneratorCli.class.getClassLoader(), vendor)
                        .dataSource(url, user, password)
                        .load()
                        .migrate();
            } catch (RuntimeException e) {
                err.println("Cannot migrate the database: " + e.getClass().getSimpleName());
                return 2;
            }
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        if (vendor.equals("postgresql")) {
            // one multi-row INSERT per batch instead of one statement per row
            props.setProperty("reWriteBatchedInserts", "true");
            props.setProperty("ApplicationName", "casebridge-generator");
        }
        try (Connection db = DriverManager.getConnection(url, props)) {
            long foreign = count(db, "select count(*) from case_file where created_by <> '" + CaseGenerator.GENERATED_BY + "'");
            if (foreign > 0 && !force) {
                err.println("This database holds " + foreign + " cases not made by the generator. Synthetic cases"
                        + " belong in test databases only; give --force if this is one.");
                return 2;
            }
            out.printf("Generating %,d synthetic cases%s ...%n", generation.cases(),
                    children ? " with victims, consents, events, notes, referrals and cooperation requests" : " (no children)");
            CaseGenerator.Result r = new CaseGenerator(db, generation, out::println).run();
            out.printf("Done in %.1f s (%,.0f cases/s): %,d cases, %,d victims, %,d consents, %,d events, %,d notes,"
                    + " %,d team members, %,d referrals, %,d cooperation requests with %,d messages; %d agencies, %d caseworker"
                    + " accounts, %d partner agencies and %d focal point accounts created.%n",
                    r.millis() / 1000.0, r.cases() * 1000.0 / Math.max(1, r.millis()), r.cases(), r.victims(),
                    r.consents(), r.events(), r.notes(), r.teamMembers(), r.referrals(), r.requests(), r.requestMessages(),
                    r.agenciesCreated(), r.caseworkersCreated(), r.partnersCreated(), r.focalPointsCreated());
            if (r.referrals() > 0) {
                out.printf("Referrals by status: %s; %,d of the SENT ones overdue, %,d to a partner of another country,"
                        + " %,d marked as consent withdrawn.%n", r.referralsByStatus(), r.overdueReferrals(),
                        r.crossBorderReferrals(), r.consentWithdrawnReferrals());
            }
            if (r.requests() > 0) {
                out.printf("Cooperation requests by status: %s; %,d overdue.%n", r.requestsByStatus(), r.overdueRequests());
            }
            return 0;
        } catch (SQLException e) {
            err.println("Cannot reach the database: " + e.getClass().getSimpleName() + " (SQL state " + e.getSQLState() + ")");
            return 2;
        } catch (CaseGenerator.GenerationFailed e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int usage(PrintStream err, String problem) {
        return CommandLine.usage(err, USAGE, problem);
    }
}
