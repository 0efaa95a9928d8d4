package org.casebridge.domain.model.audit;

public enum AuditOutcome {
    OK,
    DENIED,
    FAILED
}
