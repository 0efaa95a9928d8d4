package org.casebridge.domain.model.statistics;

/**
 * The records a caller's statistics are counted over (DESIGN.md, "statistics"): every country
 * (analyst), one country (supervisor, focal point) or one agency's cases (caseworker). Each scope is a
 * universe of its own: its tables are suppressed on their own counts.
 */
public record StatisticsScope(Kind kind, Long countryId, String countryCode, Long agencyId) {

    public enum Kind {
        ALL_COUNTRIES, COUNTRY, AGENCY
    }

    public static StatisticsScope allCountries() {
        return new StatisticsScope(Kind.ALL_COUNTRIES, null, null, null);
    }

    public static StatisticsScope country(long countryId, String countryCode) {
        return new StatisticsScope(Kind.COUNTRY, countryId, countryCode, null);
    }

    public static StatisticsScope agency(long agencyId, long countryId, String countryCode) {
        return new StatisticsScope(Kind.AGENCY, countryId, countryCode, agencyId);
    }

    /** For the audit entry: the scope in words of the audit character set. */
    public String describe() {
        return switch (kind) {
            case ALL_COUNTRIES -> "all countries";
            case COUNTRY -> "country " + countryCode;
            case AGENCY -> "agency " + agencyId;
        };
    }
}
