package org.casebridge.domain.model.agency;

import java.util.Set;

/** The editable details of an agency, validated together by {@link Agency#update}. */
public record AgencyDetails(String name, AgencyType type, Country country, Set<ServiceType> services,
        String contactPhone, String contactEmail, String contactAddress) {
}
