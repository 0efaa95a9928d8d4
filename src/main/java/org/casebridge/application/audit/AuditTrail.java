package org.casebridge.application.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.casebridge.application.Caller;
import org.casebridge.application.Caller.Actor;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.audit.AuditRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way anything is put on the audit trail. {@link #record} writes in the caller's transaction
 * (a rolled-back change leaves no entry; a read whose entry cannot be written fails);
 * {@link #recordSeparately} commits on its own, for refusals and failed logins that must survive the
 * rollback of the action they refused. Inside an audited service method {@link #record} queues the entry
 * and the method's end seals the queue into the chain ({@link #seal}), still before the commit.
 */
@Stateless
public class AuditTrail {

    private static final ThreadLocal<long[]> WRITES = ThreadLocal.withInitial(() -> new long[1]);

    @Inject
    AuditLog log;

    @Inject
    Caller caller;

    @Inject
    Instance<ClientOrigin> origin;

    @Inject
    Instance<RequestToken> token;

    @Inject
    @ConfigProperty(name = "casebridge.node-name", defaultValue = "casebridge")
    String nodeName;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(AuditEvent event) {
        write(event);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSeparately(AuditEvent event) {
        write(event);
    }

    /** How many entries this thread has written; lets the enforcement interceptor see a method audited. */
    static long writesOnThisThread() {
        return WRITES.get()[0];
    }

    /**
     * Appends the entries this transaction recorded while an audited service method ran, under the head
     * lock, after flushing the method's own changes: called by {@link AuditEnforcement} when the outermost
     * audited method of the transaction returns, and by anything that must read the head with its own
     * entries on it (signing a checkpoint).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void seal() {
        List<PendingAudit.Pending> queued = PendingAudit.close();
        if (queued.isEmpty()) {
            return;
        }
        for (PendingAudit.Pending p : queued) {
            log.append(p.record(), p.at());
        }
    }

    /** As {@link #seal()}, keeping the queue open for what the transaction records next. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void sealSoFar() {
        List<PendingAudit.Pending> queued = PendingAudit.queue();
        if (queued == null || queued.isEmpty()) {
            return;
        }
        List<PendingAudit.Pending> now = List.copyOf(queued);
        queued.clear();
        for (PendingAudit.Pending p : now) {
            log.append(p.record(), p.at());
        }
    }

    private void write(AuditEvent event) {
        Actor who = event.actor() != null ? event.actor() : callerOrAnonymous();
        AuditRecord record = new AuditRecord(who.username(), who.roles(), who.agencyCode(), who.countryCode(),
                clientAddress(), nodeName, event.action(), event.recordType(), event.recordId(), event.recordCountry(),
                event.shownIds(), event.outcome(), withToken(event.detail()));
        List<PendingAudit.Pending> queue = PendingAudit.queue();
        if (queue != null) {
            queue.add(new PendingAudit.Pending(record, Instant.now()));
        } else {
            log.append(record, Instant.now());
        }
        WRITES.get()[0]++;
    }

    /** A request authenticated by a personal API token names the token on each of its entries. */
    private String withToken(String detail) {
        Long id;
        try {
            id = token.isResolvable() ? token.get().id().orElse(null) : null;
        } catch (ContextNotActiveException noRequest) {
            id = null;
        }
        if (id == null) {
            return detail;
        }
        String named = (detail == null || detail.isEmpty() ? "" : detail + " ") + "token=" + id;
        return named.length() <= 500 ? named : detail;
    }

    private Actor callerOrAnonymous() {
        try {
            return caller.actor();
        } catch (ContextNotActiveException noRequest) {
            return Actor.ANONYMOUS;
        }
    }

    private String clientAddress() {
        try {
            return origin.isResolvable() ? origin.get().address() : null;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            // timers and start-up work have no client
            return null;
        }
    }
}
