package org.casebridge.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach a person or an agency: a phone number (E.164, as HTCDS asks), an email address and a
 * postal or street address, each optional. Immutable; made only by {@link #of}, which checks every
 * part and reports errors as {@code contactPhone}, {@code contactEmail}, {@code contactAddress}.
 * Stored in the {@code contact_*} columns of the entity that embeds it.
 */
@Embeddable
public class Contact implements Serializable {

    public static final int PHONE_MAX = 16;
    public static final int EMAIL_MAX = 254;
    public static final int ADDRESS_MAX = 300;

    private static final long serialVersionUID = 1L;
    /** E.164: an optional plus, a non-zero digit, at most 15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[1-9]\\d{1,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "contact_phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "contact_email", length = EMAIL_MAX)
    private String email;

    @Column(name = "contact_address", length = ADDRESS_MAX)
    private String address;

    protected Contact() {
    }

    private Contact(String phone, String email, String address) {
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    /** The contact made of these parts (blank parts left out); when one is wrong, its error is added to {@code errors} and the answer is null. */
    public static Contact of(String phone, String email, String address, ValidationException.Collector errors) {
        ValidationException.Collector own = new ValidationException.Collector();
        String p = Text.oneLine(phone, PHONE_MAX, "contactPhone", "error.label.phone", own);
        String e = Text.oneLine(email, EMAIL_MAX, "contactEmail", "error.label.email", own);
        String a = Text.multiLine(address, ADDRESS_MAX, "contactAddress", "error.label.address", own);
        own.check(p == null || PHONE.matcher(p).matches(), "contactPhone", "error.common.contactPhone");
        own.check(e == null || EMAIL.matcher(e).matches(), "contactEmail", "error.common.contactEmail");
        if (!own.isEmpty()) {
            errors.addAll(own);
            return null;
        }
        return new Contact(p, e, a);
    }

    /** The contact made of these parts, refused at once when one is wrong. */
    public static Contact of(String phone, String email, String address) {
        ValidationException.Collector errors = new ValidationException.Collector();
        Contact c = of(phone, email, address, errors);
        errors.throwIfAny();
        return c;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }

    public boolean isEmpty() {
        return phone == null && email == null && address == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact c && Objects.equals(phone, c.phone) && Objects.equals(email, c.email)
                && Objects.equals(address, c.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phone, email, address);
    }

    @Override
    public String toString() {
        // never the values: a contact is personal data and must not reach a log line
        return "Contact[" + (phone == null ? "" : "phone ") + (email == null ? "" : "email ") + (address == null ? "" : "address")
                + "]";
    }
}
