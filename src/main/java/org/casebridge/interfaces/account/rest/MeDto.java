package org.casebridge.interfaces.account.rest;

import java.util.List;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;

/**
 * Who the caller is: user, roles, agency and country; whether their password is temporary (to change
 * first), whether they have a second factor and whether their roles require one.
 */
public record MeDto(String username, String displayName, List<String> roles, String agencyCode, String agencyName,
        String agencyType, String countryCode, boolean passwordChangeRequired, boolean secondFactor,
        boolean secondFactorRequired) {

    public static MeDto of(UserAccount a, boolean secondFactorRequired) {
        return new MeDto(a.getUsername().value(), a.getDisplayName(), a.getRoles().stream().map(Role::roleName).toList(),
                a.getAgency().getCode().value(), a.getAgency().getName(), a.getAgency().getType().name(),
                a.getAgency().getCountry() == null ? null : a.getAgency().getCountry().getCode().value(),
                a.isPasswordTemporary(), a.hasSecondFactor(), secondFactorRequired);
    }
}
