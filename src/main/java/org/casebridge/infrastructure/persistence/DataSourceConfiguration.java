package org.casebridge.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** The application's one data source; what it connects to is decided by {@link ConfiguredDataSource}. */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.casebridge.infrastructure.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/casebridge";
}
