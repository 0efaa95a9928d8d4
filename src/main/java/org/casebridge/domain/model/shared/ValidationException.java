package org.casebridge.domain.model.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input was refused before anything was saved. Carries one {@link Message} (a bundle key and its
 * arguments) per offending field so that screens can show it beside the field and REST can return it
 * in the problem body, each in the reader's language.
 */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Map<String, Message> fieldErrors;

    public ValidationException(Map<String, Message> fieldErrors) {
        super("error.fields.invalid");
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationException of(String field, String key, Object... args) {
        return new ValidationException(Map.of(field, Message.of(key, args)));
    }

    public Map<String, Message> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public String getMessage() {
        return "Some fields are not valid: " + String.join(", ", fieldErrors.keySet());
    }

    /** Collects field errors and throws them together, so that the user sees every problem at once. */
    public static final class Collector {
        private final Map<String, Message> errors = new LinkedHashMap<>();

        public Collector add(String field, String key, Object... args) {
            return add(field, Message.of(key, args));
        }

        public Collector add(String field, Message message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public Collector check(boolean ok, String field, String key, Object... args) {
            if (!ok) {
                add(field, key, args);
            }
            return this;
        }

        /** Adds the errors of {@code other}, keeping this collector's message where both name a field. */
        public Collector addAll(Collector other) {
            other.errors.forEach(this::add);
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}
