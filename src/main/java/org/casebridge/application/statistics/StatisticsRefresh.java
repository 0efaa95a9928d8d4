package org.casebridge.application.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.RunOnce;
import org.casebridge.domain.model.statistics.StatisticsRepository;
import org.casebridge.domain.model.statistics.StatisticsRepository.Snapshot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the statistics' counts ahead of the questions (issue 13 item 6): every
 * {@code casebridge.statistics.refresh-minutes} minutes (default 60; 0 or less: no kept counts, every answer
 * counts live) the instance that takes the refresh's lease ({@link RunOnce}, once in a cluster) counts every
 * record again into a new snapshot ({@link StatisticsRepository#refresh}); and a few seconds after the start, when
 * there is no snapshot yet, the instance refreshes without waiting for the lease (two instances starting together
 * may both count; the second one's snapshot number is taken and its refresh fails, logged in one line). Until the
 * first snapshot, questions are counted live. The timers keep no state: they are created again at every start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StatisticsRefresh {

    private static final Logger LOG = Logger.getLogger(StatisticsRefresh.class.getName());
    private static final String FIRST = "statistics-first";

    @Resource
    TimerService timers;

    @Inject
    StatisticsRepository statistics;

    @Inject
    RunOnce once;

    @Inject
    @ConfigProperty(name = "casebridge.statistics.refresh-minutes", defaultValue = "60")
    long minutes;

    @PostConstruct
    void start() {
        if (minutes <= 0) {
            return;
        }
        long period = Duration.ofMinutes(minutes).toMillis();
        timers.createSingleActionTimer(5_000, new TimerConfig(FIRST, false));
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        try {
            if (FIRST.equals(timer.getInfo())) {
                if (statistics.latest().isPresent()) {
                    return;
                }
            } else if (!once.claim(RunOnce.Job.STATISTICS_REFRESH, Duration.ofMinutes(minutes))) {
                return;
            }
            long started = System.nanoTime();
            Snapshot s = statistics.refresh();
            LOG.log(Level.INFO, "Statistics counted again: snapshot {0} in {1} ms",
                    new Object[] {s.generation(), (System.nanoTime() - started) / 1_000_000});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Statistics not counted again this time, the previous figures stay: {0}", e.getClass().getName());
        }
    }
}
