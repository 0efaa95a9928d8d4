package org.casebridge.domain.model.shared;

/**
 * A business rule was broken (an invalid state transition, a value out of range). Carries a
 * {@link Message}: a resource-bundle key ({@code error.case.closed}) and its arguments, which the
 * interfaces show in the reader's language. {@link #getMessage()} is the key (with the arguments),
 * never personal data.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message text;

    public DomainException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public DomainException(Message text) {
        super(text.toString());
        this.text = text;
    }

    /** What to tell the user, as a key and arguments. */
    public Message text() {
        return text;
    }
}
