package org.casebridge.domain.model.shared;

/**
 * A business rule was broken (an invalid state transition, a value out of range). The message is a
 * resource-bundle key or a plain English sentence safe to show to the user: never personal data.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
