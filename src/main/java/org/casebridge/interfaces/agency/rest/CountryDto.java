package org.casebridge.interfaces.agency.rest;

import org.casebridge.domain.model.agency.Country;

/** A country; {@code language} and {@code timeZone}: what its new accounts start with. */
public record CountryDto(long id, String code, String name, boolean participating, boolean closureApproval, String language,
        String timeZone, long version) {

    public static CountryDto of(Country c) {
        return new CountryDto(c.getId(), c.getCode().value(), c.getName(), c.isParticipating(), c.isClosureApproval(),
                c.getLanguage(), c.getTimeZone(), c.getVersion());
    }
}
