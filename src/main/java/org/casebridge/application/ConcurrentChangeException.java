package org.casebridge.application;

import jakarta.ejb.ApplicationException;

/** The record was changed by someone else since the caller loaded it; nothing was saved. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("This record was changed by someone else since you opened it. Reload it and make your change again.");
    }
}
