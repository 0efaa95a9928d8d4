package org.casebridge.application.audit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fails any method of an {@link AuditedService} that returns normally without having written an
 * audit entry, so that no feature can forget the audit trail.
 */
@AuditedService
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditEnforcement {

    private static final Logger LOG = Logger.getLogger(AuditEnforcement.class.getName());

    @AroundInvoke
    public Object requireAudit(InvocationContext ctx) throws Exception {
        if (ctx.getMethod().isAnnotationPresent(NotAudited.class)) {
            return ctx.proceed();
        }
        long before = AuditTrail.writesOnThisThread();
        Object result = ctx.proceed();
        if (AuditTrail.writesOnThisThread() == before) {
            String method = ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
            LOG.log(Level.SEVERE, "Service method {0} completed without an audit entry; refused", method);
            throw new MissingAuditException(method);
        }
        return result;
    }
}
