package org.casebridge.domain.model.shared;

/**
 * The one set of rules for text a person types into CaseBridge, used by every entity before it
 * stores a value, with the same maximum as the column it goes into (so the database never refuses
 * what the domain accepted, and an over-long value is a field error, never a failed insert).
 *
 * <ul>
 * <li>Length is counted in UTF-16 code units ({@link String#length()}), which is never less than the
 * database's count of characters: a character outside the Basic Multilingual Plane (an emoji)
 * counts as two.</li>
 * <li>No text holds C0 or C1 control characters (NUL included: PostgreSQL cannot store it), DEL,
 * unpaired surrogates, or the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that make a name or alias read differently from what it is.</li>
 * <li>One-line text (names, aliases, codes, places) holds no line or paragraph break and no tab.
 * Multi-line text (notes, reasons, addresses) may hold line breaks and tabs; CR LF and CR become LF.</li>
 * <li>Names and aliases lose the zero-width characters (U+200B–U+200D, U+2060, U+FEFF), so two
 * aliases that look the same are the same.</li>
 * <li>Surrounding white space is removed; text that is then empty counts as not given ({@code null}).</li>
 * </ul>
 * A {@code label} is the bundle key of the field's name ({@code error.label.place}), an argument of the error.
 */
public final class Text {

    private Text() {
    }

    /** A one-line value such as a place or an organisation; null when blank. */
    public static String oneLine(String value, int max, String field, String label, ValidationException.Collector errors) {
        return check(value, max, field, label, false, false, errors);
    }

    /** A person's or agency's name, or an alias: one line, and zero-width characters removed; null when blank. */
    public static String name(String value, int max, String field, String label, ValidationException.Collector errors) {
        return check(value, max, field, label, false, true, errors);
    }

    /** Text that may span lines, such as a note or a reason; null when blank. */
    public static String multiLine(String value, int max, String field, String label, ValidationException.Collector errors) {
        return check(value, max, field, label, true, false, errors);
    }

    /** Like {@link #multiLine}, but required: a blank value is an error too (the first error of a field wins). */
    public static String requiredMultiLine(String value, int max, String field, String label,
            ValidationException.Collector errors) {
        String text = multiLine(value, max, field, label, errors);
        errors.check(text != null, field, "error.text.required", Message.of(label), max);
        return text;
    }

    /** Whether {@code value} (null counts) holds only what a one-line field may hold, whatever its length. */
    public static boolean isOneLine(String value) {
        return value == null || allowed(value, false);
    }

    /** Throws at once when {@code value} breaks the multi-line rules; returns it cleaned, or null when blank. */
    public static String multiLine(String value, int max, String field, String label) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String text = multiLine(value, max, field, label, errors);
        errors.throwIfAny();
        return text;
    }

    private static String check(String value, int max, String field, String label, boolean lines, boolean dropZeroWidth,
            ValidationException.Collector errors) {
        if (value == null) {
            return null;
        }
        String text = lines ? value.replace("\r\n", "\n").replace('\r', '\n') : value;
        if (dropZeroWidth) {
            text = withoutZeroWidth(text);
        }
        text = text.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!allowed(text, lines)) {
            errors.add(field, lines ? "error.text.multiLine" : "error.text.oneLine", Message.of(label));
            return null;
        }
        if (text.length() > max) {
            errors.add(field, "error.text.tooLong", Message.of(label), max);
            return null;
        }
        return text;
    }

    private static boolean allowed(String text, boolean lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || !allowed(c, lines)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c, boolean lines) {
        if (c == '\n' || c == '\t') {
            return lines;
        }
        return !Character.isISOControl(c) && !isBidiControl(c) && !isLineSeparator(c);
    }

    /** The embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069) of the Unicode bidirectional algorithm. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isLineSeparator(char c) {
        return c == '\u2028' || c == '\u2029';
    }

    static boolean isZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    private static String withoutZeroWidth(String value) {
        StringBuilder s = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isZeroWidth(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }
}
