package org.casebridge.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionFailureAnywhereInTheChainIsTheDatabaseAway() {
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException(new RuntimeException(
                new SQLException("The connection attempt failed.", "08001")))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("pool")));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Database is already closed", "90098"))));
        // the pool's statement timeout cancelled a statement that waited too long (e.g. for a lock)
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("canceling statement", "57014"))));
    }

    @Test
    void aFaultOfTheRequestOrTheSchemaIsNot() {
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23505"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalArgumentException("x")));
        assertFalse(DatabaseUnavailable.causedBy(null));
    }

    @Test
    void aDatabaseThatRefusesWritesIsNamedAsSuch() {
        assertTrue(DatabaseUnavailable.writesRefused(new RuntimeException(new SQLException("could not extend file", "53100"))));
        assertTrue(DatabaseUnavailable.writesRefused(new RuntimeException(new SQLException("read-only transaction", "25006"))));
        assertTrue(DatabaseUnavailable.writesRefused(new SQLException("permission denied for table audit_entry", "42501")));
        assertFalse(DatabaseUnavailable.writesRefused(new SQLException("dup", "23505")));
        assertFalse(DatabaseUnavailable.writesRefused(new SQLException("terminating connection", "57P01")));
        assertFalse(DatabaseUnavailable.writesRefused(null));
    }

    @Test
    void aSelfCausedOrEndlessChainEnds() {
        RuntimeException loop = new RuntimeException() {
            @Override
            public synchronized Throwable getCause() {
                return new RuntimeException(this);
            }
        };
        assertFalse(DatabaseUnavailable.causedBy(loop));
    }
}
