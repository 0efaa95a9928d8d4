package org.casebridge.application.audit;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.casebridge.application.Caller.Actor;
import org.casebridge.domain.model.audit.AuditAction;

/** A test-only service standing in for a feature: audits, fails, forgets. Deployed by AuditTrailIT only. */
@Stateless
@AuditedService
public class AuditProbe {

    static final Actor PROBE = new Actor("probe", "caseworker", "JM-JCF-TIP", "JM");

    @Inject
    AuditTrail audit;

    public void recordsAndCompletes(String marker) {
        audit.record(AuditEvent.of(AuditAction.UPDATE, "probe", marker, "JM").by(PROBE));
    }

    /** A change that is audited and then fails: the audit entry must roll back with it. */
    public void recordsThenFails(String marker) {
        audit.record(AuditEvent.of(AuditAction.UPDATE, "probe", marker, "JM").by(PROBE));
        throw new ProbeFailure();
    }

    /** A refusal: the DENIED entry must survive the rollback of the refused action. */
    public void refusedThenFails(String marker) {
        audit.recordSeparately(AuditEvent.denied("probe", marker, "JM", "requires role admin").by(PROBE));
        throw new ProbeFailure();
    }

    /** Two entries and then a refusal the transaction survives (an application exception that keeps it). */
    public void recordsTwiceThenRefusesKeepingTheTransaction(String marker) {
        audit.record(AuditEvent.of(AuditAction.UPDATE, "probe", marker + "-1", "JM").by(PROBE));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "probe", marker + "-2", "JM").by(PROBE));
        throw new KeptFailure();
    }

    /** A feature that forgot the audit trail: the enforcement interceptor must refuse it. */
    public String forgetsToAudit() {
        return "done";
    }

    @ApplicationException(rollback = false)
    public static class KeptFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ApplicationException(rollback = true)
    public static class ProbeFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
