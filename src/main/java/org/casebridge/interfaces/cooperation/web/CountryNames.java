package org.casebridge.interfaces.cooperation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.domain.model.agency.Country;

/** The names of the countries, read once a request, so that the cooperation screens show "The Bahamas", not only "BS". */
@Named
@RequestScoped
public class CountryNames {

    @Inject
    AgencyService agencies;

    private List<Country> countries;
    private Map<String, String> names;

    public String of(String code) {
        if (names == null) {
            names = all().stream().collect(Collectors.toMap(c -> c.getCode().value(), Country::getName));
        }
        return names.getOrDefault(code, code);
    }

    List<Country> all() {
        if (countries == null) {
            countries = agencies.countries();
        }
        return countries;
    }
}
