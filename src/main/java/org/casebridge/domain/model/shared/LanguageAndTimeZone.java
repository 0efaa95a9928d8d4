package org.casebridge.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A language of {@link Languages#SUPPORTED} and an IANA time zone, checked together: what a user reads in
 * (their own choice) and what a country's new accounts start with. Immutable: a change is a new value.
 */
@Embeddable
public class LanguageAndTimeZone implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "language", nullable = false, length = Languages.TAG_MAX)
    private String language;

    @Column(name = "time_zone", nullable = false, length = Languages.TIME_ZONE_MAX)
    private String timeZone;

    protected LanguageAndTimeZone() {
    }

    private LanguageAndTimeZone(String language, String timeZone) {
        this.language = language;
        this.timeZone = timeZone;
    }

    /** The value, or a {@link ValidationException} naming {@code language} and/or {@code timeZone}. */
    public static LanguageAndTimeZone of(String language, String timeZone) {
        ValidationException.Collector errors = new ValidationException.Collector();
        Languages.check(language, timeZone, errors);
        errors.throwIfAny();
        return new LanguageAndTimeZone(language, timeZone);
    }

    /** English and UTC: where nothing else is known (a regional agency, a country added without them). */
    public static LanguageAndTimeZone english() {
        return new LanguageAndTimeZone(Languages.DEFAULT, Languages.DEFAULT_TIME_ZONE);
    }

    public String language() {
        return language;
    }

    public String timeZone() {
        return timeZone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageAndTimeZone other && Objects.equals(language, other.language)
                && Objects.equals(timeZone, other.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, timeZone);
    }
}
