package org.casebridge.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.casebridge.infrastructure.audit.AuditKeys;
import org.flywaydb.core.Flyway;
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
        Flyway flyway = Migrations.configure(getClass().getClassLoader(), vendor).dataSource(dataSource).load();
        MigrateResult result = flyway.migrate();
        LOG.log(Level.INFO, "Database ({0}) schema at version {1}; {2} migration(s) applied",
                new Object[] {vendor, result.targetSchemaVersion, result.migrationsExecuted});
        startupData.seed();
    }
}
