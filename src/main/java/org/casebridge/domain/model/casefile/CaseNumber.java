package org.casebridge.domain.model.casefile;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.ValidationException;

/** A case number, unique per country and never reused: {@code <ISO2>-<year>-<5 digits>}, e.g. {@code JM-2026-00042}. */
public record CaseNumber(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{5}");
    public static final int MAX_PER_YEAR = 99_999;

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ValidationException.of("number", "error.case.number");
        }
    }

    public static CaseNumber of(CountryCode country, int year, long sequence) {
        if (sequence < 1 || sequence > MAX_PER_YEAR) {
            throw new IllegalArgumentException("case number sequence out of range: " + sequence);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return new CaseNumber(String.format("%s-%04d-%05d", country.value(), year, sequence));
    }

    public CountryCode country() {
        return new CountryCode(value.substring(0, 2));
    }

    public int year() {
        return Integer.parseInt(value.substring(3, 7));
    }

    @Override
    public String toString() {
        return value;
    }
}
