package org.casebridge.application.audit;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.RunOnce;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Witnesses the configured sources every {@code casebridge.audit.witness.every-minutes} minutes
 * (default 5; 0 turns the timer off, leaving the administrators' "witness now"): looks every minute
 * whether that much time has passed since the last run, on any instance: the run takes the job's lease
 * ({@link RunOnce}) for that long. Does nothing when no source is configured. Were two instances to run at
 * once, the primary keys of the copy would make the second one's insert of the same checkpoint fail, which
 * is logged in one line.
 */
@Singleton
public class WitnessSchedule {

    private static final Logger LOG = Logger.getLogger(WitnessSchedule.class.getName());

    @Inject
    WitnessRun witness;

    @Inject
    @ConfigProperty(name = "casebridge.audit.witness.every-minutes", defaultValue = "5")
    long everyMinutes;

    @Inject
    RunOnce once;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        if (everyMinutes <= 0) {
            return;
        }
        try {
            if (witness.witnessing() && once.claim(RunOnce.Job.AUDIT_WITNESS, Duration.ofMinutes(everyMinutes))) {
                witness.scheduled();
            }
        } catch (EJBException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Audit witness run not completed this time: {0}", e.getClass().getName());
        }
    }
}
