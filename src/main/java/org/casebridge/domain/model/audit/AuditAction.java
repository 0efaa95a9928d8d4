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
    CHECKPOINT,
    /** A checkpoint of another installation was witnessed here, or one of ours was countersigned by a witness. */
    WITNESS,
    /** The chain or a stored checkpoint failed a check; shown to administrators and supervisors until a checkpoint is signed after it. */
    ALARM,
    /** A personal API token was used from a client address other than the one it was last used from. */
    TOKEN_USE
}
