package org.casebridge.application.audit;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.RunOnce;

/**
 * Looks every minute whether a checkpoint of the audit chain is due (see
 * {@link AuditService#checkpointDue}: every {@code casebridge.audit.checkpoint-every-entries}
 * entries, and at most {@code casebridge.audit.checkpoint-every-minutes} minutes after the chain
 * moved) and asks for one; the chain is verified before it is signed. In a cluster every instance
 * fires, and the one that takes the minute's lease ({@link RunOnce}) looks; were two to look at once, the
 * head lock in the database would make them take turns, and the later one would find the checkpoint made.
 */
@Singleton
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class.getName());

    @Inject
    AuditService audit;

    @Inject
    RunOnce once;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        try {
            if (!once.claim(RunOnce.Job.AUDIT_CHECKPOINT, Duration.ofMinutes(1))) {
                return;
            }
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Audit checkpoint not looked at this time: {0}", e.getClass().getName());
            return;
        }
        run();
    }

    /** One run of the timer: a checkpoint if one is due; the outcome in one log line. */
    public void run() {
        try {
            if (audit.checkpointDue(Instant.now())) {
                CheckpointOutcome outcome = audit.scheduledCheckpoint();
                if (outcome.signed()) {
                    LOG.log(Level.INFO, "Audit checkpoint at sequence {0}", outcome.checkpoint().getSequence());
                } else {
                    LOG.log(Level.SEVERE, "Audit checkpoint refused, alarm raised: {0}", outcome.refusal());
                }
            }
        } catch (EJBException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Audit checkpoint not made this time: {0}", e.getClass().getName());
        }
    }
}
