package org.casebridge.interfaces.casefile.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Reads the text values of a request (code-list names, ISO dates) into domain types, collecting one
 * message per field, so that an unknown value is a 400 naming the field and never a 500.
 */
public final class Fields {

    private Fields() {
    }

    public static <E extends Enum<E>> E code(Class<E> type, String value, String field, ValidationException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(field, "error.field.unknownCode", names(type));
            return null;
        }
    }

    public static <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> values, String field,
            ValidationException.Collector errors) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                E e = code(type, v, field, errors);
                if (e != null) {
                    set.add(e);
                } else if (v == null || v.isBlank()) {
                    errors.add(field, "error.field.unknownCode", names(type));
                }
            }
        }
        return set;
    }

    /** A repeatable filter parameter: each value a code of {@code type}; blank values are left out, unknown ones refused. */
    public static <E extends Enum<E>> Set<E> filterCodes(Class<E> type, List<String> values, String field,
            ValidationException.Collector errors) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                E e = code(type, v, field, errors);
                if (e != null) {
                    set.add(e);
                }
            }
        }
        return set;
    }

    public static LocalDate date(String value, String field, ValidationException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "error.field.dateFormat");
            return null;
        }
    }

    /** One value, refused at once when unknown. */
    public static <E extends Enum<E>> E code(Class<E> type, String value, String field) {
        ValidationException.Collector errors = new ValidationException.Collector();
        E e = code(type, value, field, errors);
        errors.throwIfAny();
        return e;
    }

    public static LocalDate date(String value, String field) {
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate d = date(value, field, errors);
        errors.throwIfAny();
        return d;
    }

    public static <T> T body(T input) {
        if (input == null) {
            throw ValidationException.of("body", "error.case.body");
        }
        return input;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        E[] all = type.getEnumConstants();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < all.length && i < 12; i++) {
            s.append(i == 0 ? "" : ", ").append(all[i].name());
        }
        return all.length > 12 ? s + ", ..." : s.toString();
    }
}
