package org.casebridge.interfaces.agency.rest;

import org.casebridge.domain.model.agency.Country;

public record CountryDto(long id, String code, String name, boolean participating, boolean closureApproval, long version) {

    public static CountryDto of(Country c) {
        return new CountryDto(c.getId(), c.getCode().value(), c.getName(), c.isParticipating(), c.isClosureApproval(),
                c.getVersion());
    }
}
