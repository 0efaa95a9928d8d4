package org.casebridge.application.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fails any method of an {@link AuditedService} that returns normally without having written an
 * audit entry, so that no feature can forget the audit trail. The outermost audited method of a
 * transaction also seals the entries recorded during it into the chain when it ends (before the
 * commit, after its own changes are flushed), so that the head of the chain is locked only for the
 * append and the commit.
 */
@AuditedService
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditEnforcement {

    private static final Logger LOG = Logger.getLogger(AuditEnforcement.class.getName());

    @Inject
    AuditTrail trail;

    /** Benchmark only (refused at start-up without casebridge.bench.unsafe=true): append where recorded. */
    @Inject
    @ConfigProperty(name = "casebridge.bench.audit-seal-at-end", defaultValue = "true")
    boolean sealAtEnd;

    @AroundInvoke
    public Object requireAudit(InvocationContext ctx) throws Exception {
        if (ctx.getMethod().isAnnotationPresent(NotAudited.class)) {
            return ctx.proceed();
        }
        long before = AuditTrail.writesOnThisThread();
        boolean sealer = sealAtEnd && PendingAudit.open();
        Object result;
        try {
            result = ctx.proceed();
        } catch (Exception | Error failed) {
            if (sealer) {
                sealUnlessRollingBack(failed);
            }
            throw failed;
        }
        if (sealer) {
            trail.seal();
        }
        if (AuditTrail.writesOnThisThread() == before) {
            String method = ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
            LOG.log(Level.SEVERE, "Service method {0} completed without an audit entry; refused", method);
            throw new MissingAuditException(method);
        }
        return result;
    }

    /**
     * A method that failed: its transaction will normally roll back, and its entries with it; an
     * application exception that keeps the transaction keeps its entries too, sealed as usual. If they
     * cannot be sealed, that failure is thrown instead (a system exception: the transaction rolls back
     * rather than commit a change without its entry).
     */
    private void sealUnlessRollingBack(Throwable failed) {
        if (PendingAudit.rollingBack()) {
            PendingAudit.close();
            return;
        }
        try {
            trail.seal();
        } catch (RuntimeException sealing) {
            sealing.addSuppressed(failed);
            throw sealing;
        }
    }
}
