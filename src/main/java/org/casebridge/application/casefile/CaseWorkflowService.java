package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseStatus;

/**
 * Moving a case through its work: its description, ACTIVE and FOLLOW_UP, the closure request by
 * those who work on it, and the supervisor's approval, rejection and reopening. Each method is one
 * transaction through {@link CaseChanges}; the audit entry names fields and states, never values.
 */
@Stateless
@AuditedService
public class CaseWorkflowService {

    private static final String CASE = CaseAccess.CASE;

    @Inject
    CaseChanges changes;

    public CaseSheet describe(long id, long expectedVersion, CaseDetails details) {
        List<String> changed = new ArrayList<>();
        return changes.apply(id, CaseAction.WORK, expectedVersion, g -> {
            changed.addAll(changedFields(g.caseFile(), details));
            g.caseFile().describe(details, LocalDate.now());
        }, g -> entry(AuditAction.UPDATE, g).detail("fields=" + String.join(",", changed)));
    }

    public CaseSheet changeStatus(long id, long expectedVersion, CaseStatus status) {
        return changes.apply(id, CaseAction.WORK, expectedVersion, g -> g.caseFile().changeStatus(status),
                g -> entry(AuditAction.STATE_CHANGE, g).detail("status=" + status));
    }

    /** Closes the case, or asks the country's supervisors to approve closing it. */
    public CaseSheet requestClosure(long id, long expectedVersion, CaseStatus closedAs, String reason) {
        return changes.apply(id, CaseAction.WORK, expectedVersion, g -> g.caseFile().requestClosure(closedAs, reason,
                g.caseFile().getCountry().isClosureApproval(), g.user().getUsername().value(), Instant.now()),
                g -> entry(AuditAction.STATE_CHANGE, g).detail(g.caseFile().getStatus().isClosed()
                        ? "closure=closed status=" + g.caseFile().getStatus() : "closure=requested"));
    }

    public CaseSheet approveClosure(long id, String comment) {
        return changes.apply(id, CaseAction.DECIDE_CLOSURE, null,
                g -> g.caseFile().approveClosure(g.user().getUsername().value(), comment, Instant.now()),
                g -> entry(AuditAction.STATE_CHANGE, g).detail("closure=approved status=" + g.caseFile().getStatus()));
    }

    public CaseSheet rejectClosure(long id, String comment) {
        return changes.apply(id, CaseAction.DECIDE_CLOSURE, null,
                g -> g.caseFile().rejectClosure(g.user().getUsername().value(), comment),
                g -> entry(AuditAction.STATE_CHANGE, g).detail("closure=rejected"));
    }

    public CaseSheet reopen(long id, String reason) {
        return changes.apply(id, CaseAction.DECIDE_CLOSURE, null, g -> g.caseFile().reopen(reason),
                g -> entry(AuditAction.STATE_CHANGE, g).detail("reopened"));
    }

    private static AuditEvent entry(AuditAction action, CaseGrant g) {
        return AuditEvent.of(action, CASE, g.id(), g.country());
    }

    private static List<String> changedFields(CaseFile c, CaseDetails d) {
        List<String> changed = new ArrayList<>();
        addIf(changed, "stage", c.getStage() != d.stage());
        addIf(changed, "riskLevel", c.getRiskLevel() != d.riskLevel());
        addIf(changed, "identificationDate", !Objects.equals(c.getIdentificationDate(), d.identificationDate()));
        addIf(changed, "identificationPlace", !Objects.equals(c.getIdentificationPlace(),
                d.identificationPlace() == null || d.identificationPlace().isBlank() ? null : d.identificationPlace().strip()));
        addIf(changed, "exploitationTypes", !Objects.equals(c.getExploitationTypes(), d.exploitationTypes()));
        addIf(changed, "forcedLabourIndustry", !Objects.equals(c.getForcedLabourIndustry(), d.forcedLabourIndustry()));
        addIf(changed, "methodsOfControl", !Objects.equals(c.getMethodsOfControl(),
                d.methodsOfControl() == null ? Set.of() : d.methodsOfControl()));
        addIf(changed, "methodsOfRecruitment", !Objects.equals(c.getMethodsOfRecruitment(),
                d.methodsOfRecruitment() == null ? Set.of() : d.methodsOfRecruitment()));
        return changed;
    }

    private static void addIf(List<String> changed, String field, boolean differs) {
        if (differs) {
            changed.add(field);
        }
    }
}
