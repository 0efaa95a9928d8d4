package org.casebridge.domain.model.agency;

import java.util.List;
import java.util.Optional;

/** Agencies and countries: reference data every other aggregate points to. */
public interface AgencyRepository {

    List<Agency> allAgencies();

    Optional<Agency> agency(long id);

    Optional<Agency> agencyByCode(AgencyCode code);

    Agency add(Agency agency);

    List<Country> allCountries();

    Optional<Country> country(long id);

    Optional<Country> countryByCode(CountryCode code);

    Country add(Country country);
}
