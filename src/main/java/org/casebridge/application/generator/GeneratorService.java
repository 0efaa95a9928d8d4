package org.casebridge.application.generator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.casebridge.application.Access;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.casefile.SyntheticCases;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the database with synthetic cases so that lists can be tried at scale (docs/performance.md).
 * Exists only where both demo mode ({@code casebridge.demo=true}) and
 * {@code casebridge.generator.enabled=true} are set: anywhere else it answers "not found", so a
 * production installation has no generator. Only an admin may run it. The run commits in chunks
 * (not one transaction); its audit entry follows it: CREATE with {@code generated=N}, or FAILED
 * with the number of cases committed before it stopped.
 */
@Stateless
@AuditedService
public class GeneratorService {

    public static final String GENERATOR = "generator";
    public static final String CASE = "case_file";
    public static final int MAX_CASES = 1_000_000;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    SyntheticCases generator;

    @Inject
    @ConfigProperty(name = "casebridge.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "casebridge.generator.enabled", defaultValue = "false")
    boolean enabled;

    /** Whether this installation has a generator at all (demo mode and the generator setting). */
    private boolean available() {
        return demo && enabled;
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SyntheticCases.Summary generate(int cases) {
        if (!available()) {
            audit.recordSeparately(AuditEvent.denied(GENERATOR, null, null, "generator not enabled"));
            throw new RecordNotFoundException(GENERATOR);
        }
        access.requireAnyRole(GENERATOR, Role.ADMIN);
        if (cases < 1 || cases > MAX_CASES) {
            throw ValidationException.of("cases", "error.generator.cases", MAX_CASES);
        }
        try {
            SyntheticCases.Summary summary = generator.generate(cases);
            audit.record(AuditEvent.of(AuditAction.CREATE, CASE, null, null).detail("generated=" + summary.cases()));
            return summary;
        } catch (SyntheticCases.Failed e) {
            audit.recordSeparately(AuditEvent.of(AuditAction.CREATE, CASE, null, null).outcome(AuditOutcome.FAILED)
                    .detail("generated=" + e.committedCases() + " requested=" + cases));
            throw e;
        }
    }
}
