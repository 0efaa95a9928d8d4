package org.casebridge.infrastructure.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready once the process has been told to stop (SIGTERM, Ctrl+C): a JVM shutdown hook turns this
 * readiness check DOWN at once, while Payara Micro keeps serving during its shutdown grace period
 * ({@code --shutdowngrace} milliseconds, see docs/operations.md "Stopping an instance"), so that a load
 * balancer stops sending new requests while the ones in flight finish.
 */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements HealthCheck {

    private final AtomicBoolean stopping = new AtomicBoolean();
    private Thread hook;

    void registerHook(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // No log line here: the JDK's own shutdown hook may already have closed the log handlers.
        Thread t = new Thread(() -> stopping.set(true), "casebridge-stopping");
        Runtime.getRuntime().addShutdownHook(t);
        hook = t;
    }

    @PreDestroy
    void removeHook() {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook has run or is running: nothing to remove
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting-requests").status(!stopping.get()).build();
    }
}
