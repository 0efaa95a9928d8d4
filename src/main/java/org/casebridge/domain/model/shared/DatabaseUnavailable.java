package org.casebridge.domain.model.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached right now (stopped, restarting, refusing
 * connections, or no connection free in the pool within its wait), as opposed to a fault of the request
 * or of CaseBridge: the first is answered 503 with Retry-After, the second 500 with an incident.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or one of its causes says the database is out of reach. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // the application server's pool: no connection could be made, or none was free within its wait
            if (t.getClass().getName().startsWith("jakarta.resource.")
                    || t.getClass().getName().endsWith(".PoolingException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), PostgreSQL's 57P01 to 57P03 (the server shutting down,
     * crashed, or not yet accepting connections), and H2's 90067 (connection broken) and 90098 (database closed).
     */
    static boolean isConnectionState(String state) {
        return state.startsWith("08") || state.startsWith("57P") || state.equals("90067") || state.equals("90098");
    }
}
