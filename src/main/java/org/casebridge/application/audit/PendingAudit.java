package org.casebridge.application.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.casebridge.domain.model.audit.AuditRecord;

/**
 * The audit entries of one transaction that wait to be sealed into the chain at its end. The outermost
 * audited service method of a transaction opens the queue; {@link AuditTrail#record} fills it; the same
 * method, once its work is done and flushed, appends them all under the head lock just before the
 * commit. The head row is therefore locked for the append and the commit only, not for the work
 * between the first entry and the end of the transaction (see docs/architecture.md, "The audit trail
 * under concurrent writers").
 */
final class PendingAudit {

    private static final Object KEY = PendingAudit.class.getName();

    /** One entry as it was recorded: who, what and when are taken then, not at sealing. */
    record Pending(AuditRecord record, Instant at) {
    }

    /** The server's one registry, looked up once. */
    private static volatile TransactionSynchronizationRegistry registry;

    private PendingAudit() {
    }

    /** Opens the queue of the current transaction; false if there is none or it is open already. */
    static boolean open() {
        TransactionSynchronizationRegistry tx = registry();
        if (tx == null || tx.getTransactionKey() == null || tx.getResource(KEY) != null) {
            return false;
        }
        tx.putResource(KEY, new ArrayList<Pending>());
        return true;
    }

    /** The open queue of the current transaction, or null: the entry is then appended at once. */
    @SuppressWarnings("unchecked")
    static List<Pending> queue() {
        TransactionSynchronizationRegistry tx = registry();
        if (tx == null || tx.getTransactionKey() == null) {
            return null;
        }
        return (List<Pending>) tx.getResource(KEY);
    }

    /** Takes the queued entries and closes the queue: what is recorded afterwards is appended at once. */
    static List<Pending> close() {
        List<Pending> queued = queue();
        if (queued == null) {
            return List.of();
        }
        registry().putResource(KEY, null);
        return queued;
    }

    /** Whether the current transaction will roll back anyway (its entries need no sealing). */
    static boolean rollingBack() {
        TransactionSynchronizationRegistry tx = registry();
        if (tx == null || tx.getTransactionKey() == null) {
            return true;
        }
        int status = tx.getTransactionStatus();
        return tx.getRollbackOnly() || status != Status.STATUS_ACTIVE;
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
                registry = found;
            } catch (NamingException notInAContainer) {
                return null;
            }
        }
        return found;
    }
}
