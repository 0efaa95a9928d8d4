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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Witnesses the configured sources every {@code casebridge.audit.witness.every-minutes} minutes
 * (default 5; 0 turns the timer off, leaving the administrators' "witness now"): looks every minute
 * whether that much time has passed since its last run. Does nothing when no source is configured. In a cluster every instance runs it; the primary keys of the copy
 * make a second instance's insert of the same checkpoint fail, which is logged in one line.
 */
@Singleton
public class WitnessSchedule {

    private static final Logger LOG = Logger.getLogger(WitnessSchedule.class.getName());

    @Inject
    WitnessRun witness;

    @Inject
    @ConfigProperty(name = "casebridge.audit.witness.every-minutes", defaultValue = "5")
    long everyMinutes;

    private Instant lastRun;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        Instant now = Instant.now();
        if (everyMinutes <= 0 || lastRun != null && lastRun.plus(Duration.ofMinutes(everyMinutes)).isAfter(now)) {
            return;
        }
        try {
            if (witness.witnessing()) {
                lastRun = now;
                witness.scheduled();
            }
        } catch (EJBException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Audit witness run not completed this time: {0}", e.getClass().getName());
        }
    }
}
