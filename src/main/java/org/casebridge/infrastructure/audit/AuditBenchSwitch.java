package org.casebridge.infrastructure.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Benchmark switches for the audit append (docs/performance.md, "Audited writes under concurrency"):
 * {@code casebridge.bench.audit-append=false} leaves the append out, to measure what the hash chain
 * costs; {@code casebridge.bench.audit-seal-at-end=false} appends each entry where it is recorded, with
 * the head locked from there to the commit, as before entries were sealed at the end of the
 * transaction. Either is refused unless {@code casebridge.bench.unsafe=true} is set as well: the
 * application then does not start at all, and with both set it warns at start-up.
 */
@ApplicationScoped
public class AuditBenchSwitch {

    private static final Logger LOG = Logger.getLogger(AuditBenchSwitch.class.getName());
    static final String APPEND = "casebridge.bench.audit-append";
    static final String SEAL_AT_END = "casebridge.bench.audit-seal-at-end";
    static final String UNSAFE = "casebridge.bench.unsafe";

    @Inject
    @ConfigProperty(name = APPEND, defaultValue = "true")
    boolean append;

    @Inject
    @ConfigProperty(name = SEAL_AT_END, defaultValue = "true")
    boolean sealAtEnd;

    @Inject
    @ConfigProperty(name = UNSAFE, defaultValue = "false")
    boolean unsafe;

    private boolean off;
    private boolean atRecord;

    @PostConstruct
    void init() {
        if (!append && !unsafe) {
            throw new IllegalStateException(APPEND + "=false leaves every change unaudited: refused without "
                    + UNSAFE + "=true (a benchmark database only, never production)");
        }
        if (!sealAtEnd && !unsafe) {
            throw new IllegalStateException(SEAL_AT_END + "=false is a benchmark setting: refused without "
                    + UNSAFE + "=true (a benchmark database only, never production)");
        }
        off = !append;
        atRecord = !sealAtEnd;
        if (off) {
            LOG.warning("BENCHMARK BUILD: " + APPEND + "=false and " + UNSAFE
                    + "=true: NO AUDIT ENTRY IS WRITTEN. Never run this with real data.");
        }
        if (atRecord) {
            LOG.warning("BENCHMARK BUILD: " + SEAL_AT_END + "=false and " + UNSAFE
                    + "=true: audit entries are appended where they are recorded (the head locked longer).");
        }
    }

    /** Checked when the application starts, so that a refused setting stops the deployment. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        appendOff();
    }

    /** True only in a benchmark run that asked for it with both settings. */
    public boolean appendOff() {
        return off;
    }

    /** True only in a benchmark run that asked for the append where each entry is recorded. */
    public boolean appendAtRecord() {
        return atRecord;
    }
}
