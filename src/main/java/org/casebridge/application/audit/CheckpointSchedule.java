package org.casebridge.application.audit;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.audit.AuditCheckpoint;

/**
 * Signs a checkpoint of the audit chain every hour when the chain has moved, so that a recent signed
 * head is always there to export. In a cluster every instance fires; the head lock in the database
 * makes them take turns, and a later one finds the checkpoint already made.
 */
@Singleton
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class.getName());

    @Inject
    AuditService audit;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        try {
            if (audit.checkpointDue()) {
                AuditCheckpoint checkpoint = audit.scheduledCheckpoint();
                LOG.log(Level.INFO, "Audit checkpoint at sequence {0}", checkpoint.getSequence());
            }
        } catch (EJBException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Audit checkpoint not made this hour: {0}", e.getClass().getName());
        }
    }
}
