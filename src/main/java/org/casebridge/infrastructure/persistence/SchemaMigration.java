package org.casebridge.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.casebridge.infrastructure.audit.AuditKeys;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else touches the database, then seeds
 * what the configuration asks for (demo data, the first administrator). A failed migration stops
 * the application from starting rather than running on a half-migrated schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    /** The role that owns the schema and applies the migrations; unset: the application's own account does. */
    public static final String MIGRATION_USER_KEY = "casebridge.db.migration-user";
    public static final String MIGRATION_PASSWORD_KEY = "casebridge.db.migration-password";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    StartupData startupData;

    @Inject
    AuditKeys auditKeys;

    @PostConstruct
    void migrate() {
        // Fail the start, not the first login, when production has no audit keys.
        auditKeys.chain();
        String vendor = ConfiguredDataSource.databaseKind();
        Config config = ConfigProvider.getConfig(getClass().getClassLoader());
        Optional<String> owner = config.getOptionalValue(MIGRATION_USER_KEY, String.class).filter(u -> !u.isBlank());
        String appUser = config.getOptionalValue(ConfiguredDataSource.USER_KEY, String.class).orElse("");
        FluentConfiguration flywayConfig = Migrations.configure(getClass().getClassLoader(), vendor)
                .placeholders(Map.of(Migrations.APP_ROLE, Migrations.appRole(vendor, owner.orElse(null), appUser)));
        if (owner.isPresent()) {
            // the schema is changed by the owner role; the application runs with a role that owns nothing
            flywayConfig.dataSource(config.getOptionalValue(ConfiguredDataSource.URL_KEY, String.class)
                    .orElse(ConfiguredDataSource.DEFAULT_URL), owner.get(),
                    config.getOptionalValue(MIGRATION_PASSWORD_KEY, String.class).orElse(""));
        } else {
            flywayConfig.dataSource(dataSource);
        }
        Flyway flyway = flywayConfig.load();
        MigrateResult result = flyway.migrate();
        LOG.log(Level.INFO, "Database ({0}) schema at version {1}; {2} migration(s) applied",
                new Object[] {vendor, result.targetSchemaVersion, result.migrationsExecuted});
        startupData.seed();
    }
}
