package org.casebridge.domain.model.cooperation;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A cooperation request's reference, unique per requesting country and year and never reused:
 * {@code <ISO2>-CR-<year>-<5 digits>}, e.g. {@code JM-CR-2026-00007}.
 */
public record RequestReference(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}-CR-\\d{4}-\\d{5}");
    public static final int MAX_PER_YEAR = 99_999;

    public RequestReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("reference", "error.cooperation.reference");
        }
    }

    public static RequestReference of(CountryCode country, int year, long sequence) {
        if (sequence < 1 || sequence > MAX_PER_YEAR) {
            throw new IllegalArgumentException("request reference sequence out of range: " + sequence);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return new RequestReference(String.format("%s-CR-%04d-%05d", country.value(), year, sequence));
    }

    public CountryCode country() {
        return new CountryCode(value.substring(0, 2));
    }

    public int year() {
        return Integer.parseInt(value.substring(6, 10));
    }

    @Override
    public String toString() {
        return value;
    }
}
