package org.casebridge.application.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.RunOnce;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification timer, on every node: every {@code casebridge.notification.sweep-seconds} the instance
 * that takes the sweep's lease ({@link RunOnce}, once in a cluster) fires
 * {@link DeadlineSweep} (each context notifies the deadlines that have passed, once, by claiming them in
 * the database) and retries the outbox's due e-mails. The timer itself keeps no state: it is created
 * again at every start, and everything it must not forget (which deadlines were notified, which mails
 * are still to send) is in the database, so a restart or a second node changes nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class NotificationSweep {

    private static final Logger LOG = Logger.getLogger(NotificationSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Event<DeadlineSweep> sweeps;

    @Inject
    MailSender mail;

    @Inject
    Clock clock;

    @Inject
    RunOnce once;

    @Inject
    @ConfigProperty(name = "casebridge.notification.sweep-seconds", defaultValue = "60")
    long seconds;

    @PostConstruct
    void start() {
        long period = Math.max(1, seconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            if (!once.claim(RunOnce.Job.DEADLINE_SWEEP, Duration.ofSeconds(Math.max(1, seconds)))) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline sweep not run this time: {0}", e.getClass().getName());
            return;
        }
        try {
            sweeps.fire(new DeadlineSweep(clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline sweep stopped early, it runs again next time: {0}", e.getClass().getName());
        }
        try {
            mail.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail retry stopped early, it runs again next time: {0}", e.getClass().getName());
        }
    }
}
