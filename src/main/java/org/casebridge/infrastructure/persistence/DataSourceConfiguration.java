package org.casebridge.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source; what it connects to, and the statement timeout, are decided by
 * {@link ConfiguredDataSource}. How long a request waits for a free connection before it is answered 503 is
 * {@code casebridge.db.pool.max-wait-ms} (MicroProfile Config, read when the application is deployed; default
 * 5 s instead of Payara's 60 s; a query that got no connection is not retried ({@link FailFastQueries}), so with
 * every connection busy a request waits this long once, as PoolExhaustionFaultIT measures).
 * The pool's size is fixed here ({@link #MAX_POOL_SIZE}): Payara 7 takes it only
 * as a literal number (a variable is refused by web.xml's schema validation and by payara-resources.xml's pool
 * deployer alike), so changing it means changing this constant (docs/operations.md, "Connection pool and timeouts").
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.casebridge.infrastructure.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = DataSourceConfiguration.MAX_POOL_SIZE,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=${MPCONFIG=casebridge.db.pool.max-wait-ms:5000}"
        })
@Singleton
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/casebridge";
    /** Connections per instance; with two instances the database needs twice this plus the owner's and tools'. */
    public static final int MAX_POOL_SIZE = 32;
}
