package org.casebridge.infrastructure.persistence;

import java.util.Map;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Where CaseBridge's Flyway migrations are: the common scripts plus the ones of one database kind
 * (h2 or postgresql), and the Java migrations (V25). Used by the application at start-up and by the
 * command-line tools.
 */
public final class Migrations {

    private Migrations() {
    }

    /**
     * The placeholder that names the application's database role in grants: every migration that
     * creates a table grants it what the application needs, {@code grant ... on t to ${appRole}}.
     */
    public static final String APP_ROLE = "appRole";
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * What {@code ${appRole}} stands for: on PostgreSQL with a separate owner, the application's role
     * (quoted); on PostgreSQL with one role, CURRENT_USER (the owner, which holds every right anyway);
     * on H2, with one embedded user, PUBLIC.
     */
    public static String appRole(String vendor, String migrationUser, String appUser) {
        if (!"postgresql".equals(vendor)) {
            return "PUBLIC";
        }
        if (migrationUser == null || migrationUser.equals(appUser) || appUser == null || appUser.isBlank()) {
            return "CURRENT_USER";
        }
        if (!ROLE.matcher(appUser).matches()) {
            throw new IllegalStateException("casebridge.db.user must be a plain role name (a-z, 0-9, _) when"
                    + " casebridge.db.migration-user is set, so that the migrations can grant it its rights");
        }
        return '"' + appUser + '"';
    }

    /** "h2" or "postgresql" for a JDBC URL. */
    public static String vendor(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    }

    /**
     * A Flyway configuration with CaseBridge's locations for {@code vendor} and its Java migrations
     * (named here, not found by scanning); add the data source and load.
     */
    public static FluentConfiguration configure(ClassLoader loader, String vendor) {
        return Flyway.configure(loader)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .javaMigrations(new V25SearchColumns())
                .failOnMissingLocations(true)
                .placeholders(Map.of(APP_ROLE, appRole(vendor, null, null)));
    }
}
