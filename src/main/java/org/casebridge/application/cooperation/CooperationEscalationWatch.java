package org.casebridge.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.notification.DeadlineSweep;

/**
 * On every deadline sweep, escalates requests past their acknowledge-by or answer-by time to the
 * requested country's supervisors, once per deadline: each request in its own transaction
 * ({@link CooperationEscalations#escalate}), so that one failure delays only that request to the next sweep.
 */
@ApplicationScoped
public class CooperationEscalationWatch {

    private static final Logger LOG = Logger.getLogger(CooperationEscalationWatch.class.getName());

    @Inject
    CooperationEscalations escalations;

    void sweep(@Observes DeadlineSweep sweep) {
        for (long id : escalations.due(sweep.now())) {
            try {
                escalations.escalate(id, sweep.now());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Escalation of cooperation request {0} not made, tried again next sweep: {1}",
                        new Object[] {id, e.getClass().getName()});
            }
        }
    }
}
