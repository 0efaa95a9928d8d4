package org.casebridge.domain.model.audit;

/**
 * The audit log as a supervisor asks for it: the filter and order (without the country scope, which is always the
 * supervisor's own) and whether their own reads of the log are left out. What a background export of the log keeps,
 * as one line ({@link AuditQueryText}).
 */
public record AuditLogQuery(AuditFilter filter, boolean hideOwnViews) {
}
