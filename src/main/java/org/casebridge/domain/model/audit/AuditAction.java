package org.casebridge.domain.model.audit;

/** What happened. Later contexts add their own actions here rather than overloading existing ones. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    VIEW,
    LIST,
    SEARCH,
    CREATE,
    UPDATE,
    STATE_CHANGE,
    EXPORT,
    DENIED,
    VERIFY,
    CHECKPOINT
}
