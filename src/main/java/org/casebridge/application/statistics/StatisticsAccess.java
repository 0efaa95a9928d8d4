package org.casebridge.application.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.casebridge.application.Access;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.statistics.StatisticsScope;

/**
 * The statistics access policy (DESIGN.md, "What each role can see", row "statistics"), the only place
 * it is written: analysts count over every country (and see nothing but protected aggregates),
 * supervisors and focal points over their own country, caseworkers over their own agency's cases;
 * partners and administrators are refused (403, audited DENIED). The widest of a user's roles applies.
 * A country filter outside the caller's own country is refused the same way, naming that country.
 */
@ApplicationScoped
public class StatisticsAccess {

    public static final String STATISTICS = "statistics";

    @Inject
    Access access;

    /** The caller, if their roles allow statistics at all; otherwise refused and audited. */
    public UserAccount statisticsUser() {
        return access.requireAnyRole(STATISTICS, Role.ANALYST, Role.SUPERVISOR, Role.FOCAL_POINT, Role.CASEWORKER);
    }

    /** The universe the caller's statistics are counted over. */
    public StatisticsScope scope(UserAccount user) {
        if (user.hasRole(Role.ANALYST)) {
            return StatisticsScope.allCountries();
        }
        Country country = user.getAgency().getCountry();
        if (country == null) {
            throw access.forbidden(STATISTICS, null, null, "no country");
        }
        if (user.hasAnyRole(Role.SUPERVISOR, Role.FOCAL_POINT)) {
            return StatisticsScope.country(country.getId(), country.getCode().value());
        }
        return StatisticsScope.agency(user.getAgency().getId(), country.getId(), country.getCode().value());
    }

    /** Refuses a country filter other than the caller's own country in a one-country scope. */
    public void checkCountry(StatisticsScope scope, String country) {
        if (country != null && scope.kind() != StatisticsScope.Kind.ALL_COUNTRIES && !country.equals(scope.countryCode())) {
            throw access.forbidden(STATISTICS, null, country, "outside caller scope");
        }
    }
}
