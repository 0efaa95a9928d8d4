package org.casebridge.domain.model.statistics;

/** One published figure: a count, or suppressed (then no number at all, not even a bound). */
public record Count(Long value, boolean suppressed) {

    public Count {
        if (suppressed == (value != null)) {
            throw new IllegalArgumentException("a count is either a number or suppressed");
        }
    }

    public static Count of(long value) {
        return new Count(value, false);
    }

    public static Count hidden() {
        return new Count(null, true);
    }
}
