package org.casebridge.application.audit;

import jakarta.ejb.ApplicationException;

/** A programming error: a service method did its work without recording it. Rolls the work back. */
@ApplicationException(rollback = true)
public class MissingAuditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingAuditException(String method) {
        super("Service method " + method + " did not write an audit entry");
    }
}
