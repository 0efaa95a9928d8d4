package org.casebridge.application;

import jakarta.ejb.ApplicationException;

/**
 * The caller's roles do not allow this kind of action at all (403). Already audited as DENIED. Its
 * message is for diagnostics only and never shown: REST answers {@code error.rest.forbidden} and the
 * screens {@code error.forbidden.text}, each in the reader's language.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
