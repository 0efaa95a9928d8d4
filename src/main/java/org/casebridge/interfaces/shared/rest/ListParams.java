package org.casebridge.interfaces.shared.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters every list endpoint takes ({@code first}, {@code size}, {@code after}) and
 * the patterns its other parameters are declared with. A list endpoint's parameter class extends it
 * and is taken as a {@code @Valid @BeanParam}: every parameter is text checked by a pattern, so a
 * wrong value answers 400 naming the parameter (a typed parameter that fails to convert would be a 404).
 */
public abstract class ListParams {

    protected static final String NUMBER = "\\s*\\d{1,18}\\s*";
    protected static final String NUMBER_MESSAGE = "Use a whole number of 0 or more.";
    protected static final String FLAG = "(?i)\\s*(true|false)\\s*";
    protected static final String FLAG_MESSAGE = "Use true or false.";
    protected static final String CODE = "\\s*[A-Za-z_]{1,40}\\s*";
    protected static final String CODE_MESSAGE = "Use a code of the code list (letters and '_').";
    protected static final String DATE = "\\s*\\d{4}-\\d{2}-\\d{2}\\s*";
    protected static final String DATE_MESSAGE = "A date is written as YYYY-MM-DD.";

    @QueryParam("first")
    @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
    protected String first;

    @QueryParam("size")
    @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
    protected String size;

    @QueryParam("after")
    @Size(max = 200, message = "{error.param.after}")
    protected String after;

    public String after() {
        return after;
    }

    /** For lists paged by id: the id the previous page ended with; a token that is not one is a 400. */
    public Long afterId() {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(after.trim());
        } catch (NumberFormatException e) {
            throw org.casebridge.domain.model.shared.ValidationException.of("after",
                    "error.common.after");
        }
    }

    /** The row to start from, for lists paged by offset; 0 when not given. */
    public int firstRow() {
        return org.casebridge.application.Page.first(clamp(number(first)));
    }

    /** The page size asked for, within the application's bounds. */
    public int pageSize() {
        return org.casebridge.application.Page.size(clamp(number(size)));
    }

    /** The longest list address {@link #read} takes. */
    public static final int QUERY_MAX = 1000;

    /**
     * A list's address parameters in one line ({@code status=SENT&overdue=true}), as a background export of the list
     * is asked for, each handed to {@code put} decoded: an unknown name, a name repeated that is not in
     * {@code repeatable}, a value that is not one line of text, or a line over {@link #QUERY_MAX} is refused (400) as
     * {@code field}. The parameter class checks the values with Bean Validation afterwards, as its GET does.
     */
    protected static void read(String line, String field, java.util.Set<String> names, java.util.Set<String> repeatable,
            java.util.function.BiConsumer<String, String> put) {
        if (line == null || line.isBlank()) {
            return;
        }
        if (line.length() > QUERY_MAX) {
            throw org.casebridge.domain.model.shared.ValidationException.of(field, "error.export.listQuery", QUERY_MAX);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String pair : line.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value;
            try {
                value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw org.casebridge.domain.model.shared.ValidationException.of(field, "error.export.listQuery.wrong");
            }
            if (!names.contains(name) || (!repeatable.contains(name) && !seen.add(name))
                    || !org.casebridge.domain.model.shared.Text.isOneLine(value)) {
                throw org.casebridge.domain.model.shared.ValidationException.of(field, "error.export.listQuery.wrong");
            }
            put.accept(name, value);
        }
    }

    /** {@code list} with {@code value} added (a repeatable parameter read by {@link #read}). */
    protected static java.util.List<String> plus(java.util.List<String> list, String value) {
        java.util.List<String> all = list == null ? new java.util.ArrayList<>() : list;
        all.add(value);
        return all;
    }

    protected static boolean flag(String value) {
        return value != null && value.trim().equalsIgnoreCase("true");
    }

    protected static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    }

    protected static Integer clamp(Long value) {
        return value == null ? null : (int) Math.min(value, Integer.MAX_VALUE);
    }
}
