package org.casebridge.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.Caller.Actor;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.audit.AuditOutcome;

/**
 * Raises audit alarms: an ALARM entry on the trail (shown to every administrator and supervisor on
 * their next page) and one SEVERE log line. Used when the chain or a checkpoint fails a check here,
 * and when an installation this one witnesses contradicts what it showed before.
 */
@ApplicationScoped
public class AuditAlarms {

    private static final Logger LOG = Logger.getLogger(AuditAlarms.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    AuditLog log;

    /** An alarm entry, unless the latest alarm says the same thing already (a timer would repeat it every run). */
    public void raise(Actor as, String detail) {
        LOG.log(Level.SEVERE, "Audit alarm: {0}", detail);
        boolean repeated = log.latest(AuditAction.ALARM).map(e -> detail.equals(e.getDetail())).orElse(false);
        if (!repeated) {
            AuditEvent alarm = event(detail);
            audit.record(as == null ? alarm : alarm.by(as));
        }
    }

    static AuditEvent event(String detail) {
        return new AuditEvent(AuditAction.ALARM, AuditService.RECORD, null, null, null, AuditOutcome.FAILED, detail, null);
    }
}
