package org.casebridge.interfaces.agency.rest;

import java.util.List;
import org.casebridge.domain.model.agency.Agency;

/** An agency as the API shows it. */
public record AgencyDto(long id, String code, String name, String type, String htcdsType, String countryCode,
        List<String> services, String contactPhone, String contactEmail, String contactAddress, boolean active,
        long version) {

    public static AgencyDto of(Agency a) {
        return new AgencyDto(a.getId(), a.getCode().value(), a.getName(), a.getType().name(), a.getType().htcdsValue(),
                a.getCountry() == null ? null : a.getCountry().getCode().value(),
                a.getServices().stream().map(Enum::name).toList(), a.getContactPhone(), a.getContactEmail(),
                a.getContactAddress(), a.isActive(), a.getVersion());
    }
}
