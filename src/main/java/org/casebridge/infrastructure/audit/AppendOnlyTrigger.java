package org.casebridge.infrastructure.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger refusing UPDATE and DELETE on the audit tables (PostgreSQL uses a PL/pgSQL trigger). */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit entries are append-only: UPDATE and DELETE are refused", "42501");
    }
}
