package org.casebridge.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.notification.DeadlineSweep;
import org.casebridge.domain.model.export.ExportJob;
import org.casebridge.domain.model.export.ExportJobRepository;

/**
 * Removes the files of finished exports once their time is up (24 hours by default,
 * {@code casebridge.export.keep-hours}), on each {@link DeadlineSweep} (every node, every
 * {@code casebridge.notification.sweep-seconds}). Idempotent: a job another node or an earlier sweep has
 * expired is left alone, so running on every node of a cluster is harmless.
 */
@ApplicationScoped
public class ExportCleanup {

    private static final Logger LOG = Logger.getLogger(ExportCleanup.class.getName());
    static final int BATCH = 100;

    @Inject
    ExportJobRepository jobs;

    @Inject
    ExportSteps steps;

    void sweep(@Observes DeadlineSweep sweep) {
        for (ExportJob due : jobs.expiring(sweep.now(), BATCH)) {
            try {
                steps.expire(due.getId());
            } catch (RuntimeException raced) {
                LOG.log(Level.FINE, "Export job {0} expired elsewhere: {1}", new Object[] {due.getId(), raced.getClass().getName()});
            }
        }
    }
}
