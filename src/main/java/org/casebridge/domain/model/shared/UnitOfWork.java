package org.casebridge.domain.model.shared;

/**
 * The port through which a use case writes its pending changes before it records them on the audit
 * trail: the database sees them now, inside the call, so a concurrent change to the same record
 * surfaces as a {@link ConcurrentChangeException} and new records have their ids.
 */
public interface UnitOfWork {

    /** Writes pending changes; another transaction's change to the same record becomes {@link ConcurrentChangeException}. */
    void flush();
}
