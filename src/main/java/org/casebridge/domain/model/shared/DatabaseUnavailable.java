package org.casebridge.domain.model.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached right now (stopped, restarting, refusing
 * connections, no connection free in the pool within its wait, or a statement cancelled by the configured
 * statement timeout because the database did not answer in time), as opposed to a fault of the request
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
     * Whether {@code failure} or one of its causes says the database refuses to store anything right now although
     * it answers: full (SQLSTATE class 53, e.g. 53100 disk full), read-only (25006: a standby, or
     * default_transaction_read_only), or the application's role no longer allowed to write (42501, e.g. a revoked
     * grant on the audit table). A change is then refused as a whole: with no audit entry, nothing is saved.
     */
    public static boolean writesRefused(Throwable failure) {
        String state = sqlState(failure);
        return state != null && isWriteRefusedState(state);
    }

    /** The first SQLSTATE in {@code failure}'s cause chain (a code, never a message: messages can carry values), or null. */
    public static String sqlState(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static boolean isWriteRefusedState(String state) {
        return state.startsWith("53") || state.equals("25006") || state.equals("42501");
    }

    /**
     * SQLSTATE class 08 (connection exception), PostgreSQL's 57P01 to 57P03 (the server shutting down,
     * crashed, or not yet accepting connections), 57014 (a statement cancelled: the pool's statement timeout,
     * on PostgreSQL and H2 alike), and H2's 90067 (connection broken) and 90098 (database closed).
     */
    static boolean isConnectionState(String state) {
        return state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
                || state.equals("90067") || state.equals("90098");
    }
}
