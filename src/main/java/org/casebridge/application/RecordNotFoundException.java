package org.casebridge.application;

import jakarta.ejb.ApplicationException;

/**
 * No such record, or one the caller may not see: the two answer alike (404) so that a record's
 * existence is not leaked. Already audited.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String recordType) {
        super("No such " + recordType.replace('_', ' ') + ".");
    }
}
