package org.casebridge.interfaces.agency.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.application.agency.AgencyService.AgencyForm;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.shared.ValidationException;

/** What a client sends to create ({@code code} required) or change an agency. */
public record AgencyInput(String code, String name, String type, String countryCode, List<String> services,
        String contactPhone, String contactEmail, String contactAddress, Boolean active) {

    AgencyForm form() {
        return new AgencyForm(name, agencyType(), countryCode, serviceSet(), contactPhone, contactEmail, contactAddress, active);
    }

    private AgencyType agencyType() {
        if (type == null) {
            return null;
        }
        try {
            return AgencyType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("type", "error.agency.type");
        }
    }

    private Set<ServiceType> serviceSet() {
        Set<ServiceType> set = EnumSet.noneOf(ServiceType.class);
        if (services != null) {
            for (String s : services) {
                try {
                    set.add(ServiceType.valueOf(s));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw ValidationException.of("services", "error.agency.services");
                }
            }
        }
        return set;
    }
}
