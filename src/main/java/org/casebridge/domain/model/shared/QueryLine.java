package org.casebridge.domain.model.shared;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A list's filters and sort as one line of address parameters ({@code status=SENT,ACCEPTED&overdue=true}), the form a
 * background export of a list keeps them in: values URL-encoded, several codes comma-separated, each name once. Read
 * back strictly: a malformed pair, a repeated name, an unknown code or a flag other than {@code true}/{@code false} is
 * refused as {@code query} ({@code error.export.listQuery.wrong}), so a stored line never widens a list. Each list's
 * own {@code *QueryText} names its parameters and refuses any left over.
 */
public final class QueryLine {

    private QueryLine() {
    }

    /** The line of {@code parameters} (in their order; null and empty values left out). */
    public static String write(Map<String, ?> parameters) {
        StringJoiner line = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            String text = text(value);
            if (text != null && !text.isEmpty()) {
                line.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        });
        return line.toString();
    }

    /** The parameters of {@code line}, decoded, in their order; malformed or repeated: refused. */
    public static Map<String, String> read(String line) {
        Map<String, String> p = new LinkedHashMap<>();
        if (line == null || line.isEmpty()) {
            return p;
        }
        for (String pair : line.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw wrong();
            }
            String value;
            try {
                value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw wrong();
            }
            if (p.put(pair.substring(0, eq), value) != null) {
                throw wrong();
            }
        }
        return p;
    }

    /** Codes as one value, comma-separated in the enum's order; null for none. */
    public static <E extends Enum<E>> String codes(Collection<E> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringJoiner s = new StringJoiner(",");
        EnumSet.copyOf(values).forEach(v -> s.add(v.name()));
        return s.toString();
    }

    /** Comma-separated codes read back; none when {@code value} is null; an unknown code refused. */
    public static <E extends Enum<E>> Set<E> codes(Class<E> type, String value) {
        Set<E> set = EnumSet.noneOf(type);
        if (value != null) {
            for (String s : value.split(",")) {
                set.add(code(type, s));
            }
        }
        return set;
    }

    /** One code read back, or null; an unknown code refused. */
    public static <E extends Enum<E>> E code(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw wrong();
        }
    }

    /** {@code true} or {@code false} (absent: false); anything else refused. */
    public static boolean flag(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw wrong();
    }

    /** A flag's value in the line: {@code true}, or null (left out) when false. */
    public static String flag(boolean value) {
        return value ? "true" : null;
    }

    /** A record id read back, or null; anything but digits refused. */
    public static Long id(String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw wrong();
        }
        return Long.valueOf(value);
    }

    /** Refused unless every parameter of the line has been taken ({@code rest} is what is left). */
    public static void noneLeft(Map<String, String> rest) {
        if (!rest.isEmpty()) {
            throw wrong();
        }
    }

    /** The refusal of a line that is not the list's. */
    public static ValidationException wrong() {
        return ValidationException.of("query", "error.export.listQuery.wrong");
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
