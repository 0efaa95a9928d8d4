package org.casebridge.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class FailFastQueriesTest {

    @Test
    void aReadWhoseConnectionFailedIsNotRetried() {
        DatabaseLogin login = new DatabaseLogin();
        assertTrue(login.getQueryRetryAttemptCount() > 0, "EclipseLink retries by default");
        new FailFastQueries().customize(new Project(login).createDatabaseSession());
        // AbstractSession.retryQuery retries while the attempt (from 0) is at most the count
        assertEquals(-1, login.getQueryRetryAttemptCount());
    }

    @Test
    void thePersistenceUnitUsesIt() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            String unit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(unit.contains("<property name=\"eclipselink.session.customizer\" value=\""
                    + FailFastQueries.class.getName() + "\"/>"), unit);
        }
    }
}
