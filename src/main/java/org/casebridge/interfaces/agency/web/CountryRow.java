package org.casebridge.interfaces.agency.web;

import java.io.Serializable;
import org.casebridge.domain.model.agency.Country;

/** One country as the country screen lists it. */
public record CountryRow(long id, String code, String name, boolean participating) implements Serializable {

    static CountryRow of(Country c) {
        return new CountryRow(c.getId(), c.getCode().value(), c.getName(), c.isParticipating());
    }
}
