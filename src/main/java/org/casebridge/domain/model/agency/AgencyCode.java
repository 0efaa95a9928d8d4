package org.casebridge.domain.model.agency;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casebridge.domain.model.shared.ValidationException;

/** A short, stable agency identifier such as {@code JM-POLICE-TIP}: upper-case letters, digits and hyphens. */
public record AgencyCode(String value) implements Serializable {

    public static final int MAX = 32;

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]([A-Z0-9-]{0,30}[A-Z0-9])?");

    public AgencyCode {
        value = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("code",
                    "error.agency.code5");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
