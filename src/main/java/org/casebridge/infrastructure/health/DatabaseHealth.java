package org.casebridge.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.casebridge.infrastructure.persistence.ConfiguredDataSource;
import org.casebridge.infrastructure.persistence.DataSourceConfiguration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers; reports which kind, never the URL or user. Not a liveness
 * check: an instance whose database is away should stop getting traffic, not be restarted (that would
 * not bring the database back); see {@link ApplicationLiveness}.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(5);
            return HealthCheckResponse.named("database").status(valid)
                    .withData("kind", ConfiguredDataSource.databaseKind()).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", "no connection").build();
        }
    }
}
