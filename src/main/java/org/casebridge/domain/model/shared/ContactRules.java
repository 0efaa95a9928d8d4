package org.casebridge.domain.model.shared;

import java.util.regex.Pattern;

/** The checks every phone number and email address in CaseBridge passes (HTCDS: E.164 phone numbers). */
public final class ContactRules {

    /** E.164: an optional plus, a non-zero digit, at most 15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[1-9]\\d{1,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactRules() {
    }

    /** Adds an error for {@code contactPhone} and {@code contactEmail} when present and malformed. */
    public static void check(ValidationException.Collector errors, String phone, String email) {
        errors.check(phone == null || PHONE.matcher(phone).matches(), "contactPhone",
                "Phone must be in E.164 form, e.g. +18765550100.");
        errors.check(email == null || (email.length() <= 254 && EMAIL.matcher(email).matches()), "contactEmail",
                "Email address is not valid.");
    }
}
