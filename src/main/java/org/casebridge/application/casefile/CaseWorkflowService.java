package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * The detail of a save that changed nothing: recorded as a read of the record (the user had it open),
     * not as an UPDATE, so that the history shows only real changes.
     */
    static final String UNCHANGED = "saved without change";

    @Inject
    CaseChanges changes;

    public CaseSheet describe(long id, long expectedVersion, CaseDetails details) {
        List<String> changed = new ArrayList<>();
        return changes.apply(id, CaseAction.WORK, expectedVersion, g -> {
            Map<String, Object> before = described(g.caseFile());
            g.caseFile().describe(details, LocalDate.now());
            changed.addAll(changed(before, described(g.caseFile())));
        }, g -> changed.isEmpty() ? AuditEvent.view(CASE, g.id(), g.country()).detail(UNCHANGED)
                : entry(AuditAction.UPDATE, g).detail("fields=" + String.join(",", changed)));
    }

    /**
     * Replaces the free-text account of what happened (blank clears it). Audited as a change of the field
     * "narrative", never its words; a save that changes nothing is a read.
     */
    public CaseSheet writeNarrative(long id, long expectedVersion, String text) {
        boolean[] changed = new boolean[1];
        return changes.apply(id, CaseAction.WORK, expectedVersion, g -> changed[0] = g.caseFile().writeNarrative(text),
                g -> changed[0] ? entry(AuditAction.UPDATE, g).detail("fields=narrative")
                        : AuditEvent.view(CASE, g.id(), g.country()).detail(UNCHANGED));
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

    /** What the case's describable fields hold, copied, so that a save can be compared field by field. */
    private static Map<String, Object> described(CaseFile c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("stage", c.getStage());
        v.put("riskLevel", c.getRiskLevel());
        v.put("identificationDate", c.getIdentificationDate());
        v.put("identificationPlace", c.getIdentificationPlace());
        v.put("exploitationTypes", Set.copyOf(c.getExploitationTypes()));
        v.put("sexExploitationTypes", Set.copyOf(c.getSexExploitationTypes()));
        v.put("forcedLabourIndustry", c.getForcedLabourIndustry());
        v.put("methodsOfControl", Set.copyOf(c.getMethodsOfControl()));
        v.put("methodsOfRecruitment", Set.copyOf(c.getMethodsOfRecruitment()));
        v.put("recruitmentApps", Set.copyOf(c.getRecruitmentApps()));
        v.put("exploitationApps", Set.copyOf(c.getExploitationApps()));
        v.put("reviewDue", c.getReviewDue());
        return v;
    }

    /** The names of the fields whose values differ. */
    static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((field, value) -> addIf(changed, field, !Objects.equals(value, after.get(field))));
        return changed;
    }

    private static void addIf(List<String> changed, String field, boolean differs) {
        if (differs) {
            changed.add(field);
        }
    }
}
