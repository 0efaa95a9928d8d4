package org.casebridge.infrastructure.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Where CaseBridge's Flyway migrations are: the common scripts plus the ones of one database kind
 * (h2 or postgresql). Used by the application at start-up and by the command-line tools.
 */
public final class Migrations {

    private Migrations() {
    }

    /** "h2" or "postgresql" for a JDBC URL. */
    public static String vendor(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    }

    /** A Flyway configuration with CaseBridge's locations for {@code vendor}; add the data source and load. */
    public static FluentConfiguration configure(ClassLoader loader, String vendor) {
        return Flyway.configure(loader)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .failOnMissingLocations(true);
    }
}
