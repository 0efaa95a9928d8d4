package org.casebridge.application;

import jakarta.ejb.ApplicationException;
import org.casebridge.domain.model.shared.Message;

/**
 * No such record, or one the caller may not see: the two answer alike (404) so that a record's
 * existence is not leaked. Already audited.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String recordType;

    public RecordNotFoundException(String recordType) {
        super("No such " + recordType.replace('_', ' ') + ".");
        this.recordType = recordType;
    }

    /** What to tell the user: the bundle key {@code error.notFound.<record type>}. */
    public Message text() {
        return Message.of("error.notFound." + recordType);
    }
}
