package org.casebridge.domain.model.shared;

/**
 * The record was changed by someone else since the caller loaded it; nothing was saved. A broken
 * business rule like any other (rolled back, reaching the caller unwrapped), answered 412 over REST.
 */
public class ConcurrentChangeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }

    /** Refuses a change made against {@code expected} when the record is now at {@code actual}. */
    public static void check(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentChangeException();
        }
    }
}
