package org.casebridge.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.casebridge.domain.model.shared.RunLeases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Work that must run once in a cluster although its timer fires on every instance: before each run the
 * timer asks {@link #claim}, which takes the job's lease in the database in a transaction of its own. The
 * lease lasts a little less than the timer's period, so the next firing (on this instance or another)
 * finds it free; if the instance that ran last stops, another one takes over at its next firing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunOnce {

    /** The jobs with a lease row ({@code V22__run_leases.sql}). */
    public enum Job {
        AUDIT_CHECKPOINT("audit-checkpoint"),
        AUDIT_WITNESS("audit-witness"),
        DEADLINE_SWEEP("deadline-sweep"),
        /** {@code V26__statistics_cells.sql}. */
        STATISTICS_REFRESH("statistics-refresh");

        private final String key;

        Job(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** This process among the instances sharing the node name: the lease's holder, for operators to read. */
    private static final String PROCESS = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    @Inject
    RunLeases leases;

    @Inject
    @ConfigProperty(name = "casebridge.node-name", defaultValue = "casebridge")
    String node;

    /** Whether this instance runs {@code job} now, for a timer firing every {@code period}. */
    public boolean claim(Job job, Duration period) {
        return leases.take(job.key(), node + "/" + PROCESS, lease(period));
    }

    /** The period less a tenth of it, at most 5 seconds less: never overlapping the next firing. */
    static Duration lease(Duration period) {
        Duration margin = period.dividedBy(10);
        return period.minus(margin.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : margin);
    }
}
