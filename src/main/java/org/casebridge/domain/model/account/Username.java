package org.casebridge.domain.model.account;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casebridge.domain.model.shared.ValidationException;

/** A login name: 3 to 64 lower-case letters, digits, dots, hyphens or underscores (e.g. {@code cw1-jm}). */
public record Username(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]");

    public Username {
        // strip, not trim: trim would also drop control characters, so "cw1-jm\0" would log in as cw1-jm
        value = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("username",
                    "error.account.username2");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
