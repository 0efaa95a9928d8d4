package org.casebridge.domain.model.agency;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casebridge.domain.model.shared.ValidationException;

/** An ISO 3166-1 alpha-2 country code, always upper case (e.g. {@code JM}). */
public record CountryCode(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        value = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("code", "error.agency.code4");
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
