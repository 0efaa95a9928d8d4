package org.casebridge.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.casebridge.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit mechanism inside the container, on the configured database: synchronous with the
 * action, complete under concurrency, append-only, and impossible to forget.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.casebridge(AuditProbe.class, AuditProbe.ProbeFailure.class, AuditProbe.KeptFailure.class, AuditTrailIT.class);
    }

    @Inject
    AuditProbe probe;

    private DataSource dataSource() throws SQLException {
        try {
            return InitialContext.doLookup("java:app/jdbc/casebridge");
        } catch (NamingException e) {
            throw new SQLException(e);
        }
    }

    @Test
    void fiftyConcurrentWritersLeaveAGaplessUnforkedChain() throws Exception {
        String marker = "conc-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Void>> writers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = marker + "-" + i;
            writers.add(() -> {
                probe.recordsAndCompletes(id);
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(writers)) {
            f.get();
        }
        pool.shutdown();
        assertEquals(50, count("select count(*) from audit_entry where record_id like '" + marker + "-%'"));
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select seq, prev_hash, entry_hash from audit_entry order by seq")) {
            long expected = 1;
            String previous = "0".repeat(64);
            while (rs.next()) {
                assertEquals(expected, rs.getLong(1), "sequence numbers have no gap");
                assertEquals(previous, rs.getString(2), "entry " + expected + " links to the entry before it (no fork)");
                previous = rs.getString(3);
                expected++;
            }
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEntryButItsRefusalSurvives() throws SQLException {
        String changed = "rb-" + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(AuditProbe.ProbeFailure.class, () -> probe.recordsThenFails(changed));
        assertEquals(0, count("select count(*) from audit_entry where record_id = '" + changed + "'"));

        String refused = "den-" + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(AuditProbe.ProbeFailure.class, () -> probe.refusedThenFails(refused));
        assertEquals(1, count("select count(*) from audit_entry where record_id = '" + refused
                + "' and action = 'DENIED' and outcome = 'DENIED'"));
    }

    @Test
    void entriesOfAFailureThatKeepsItsTransactionAreSealedInOrder() throws SQLException {
        String kept = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(AuditProbe.KeptFailure.class, () -> probe.recordsTwiceThenRefusesKeepingTheTransaction(kept));
        long first = count("select seq from audit_entry where record_id = '" + kept + "-1'");
        assertEquals(first + 1, count("select seq from audit_entry where record_id = '" + kept + "-2'"),
                "both entries on the chain, one after the other");
    }

    @Test
    void aServiceMethodThatForgetsToAuditIsRefused() {
        assertThrows(MissingAuditException.class, () -> probe.forgetsToAudit());
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditRows() throws SQLException {
        probe.recordsAndCompletes("append-only-" + UUID.randomUUID().toString().substring(0, 8));
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(true);
            assertThrows(SQLException.class, () -> execute(c, "update audit_entry set detail = 'x' where seq = 1"));
            assertThrows(SQLException.class, () -> execute(c, "delete from audit_entry where seq = 1"));
            assertThrows(SQLException.class, () -> execute(c, "delete from audit_entry"));
        }
        assertTrue(count("select count(*) from audit_entry where seq = 1") == 1);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
