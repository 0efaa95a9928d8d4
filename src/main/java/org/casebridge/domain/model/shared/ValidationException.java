package org.casebridge.domain.model.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input was refused before anything was saved. Carries one message per offending field so that
 * screens can show it beside the field and REST can return it in the problem body.
 */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super("Some fields are not valid: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors and throws them together, so that the user sees every problem at once. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector add(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                add(field, message);
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
