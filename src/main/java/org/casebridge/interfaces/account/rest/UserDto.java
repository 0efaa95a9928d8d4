package org.casebridge.interfaces.account.rest;

import java.time.Instant;
import java.util.List;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;

/** A user account as the API shows it: never the password hash. */
public record UserDto(long id, String username, String displayName, long agencyId, String agencyCode,
        String agencyName, String countryCode, List<String> roles, boolean enabled, boolean locked,
        Instant lockedUntil, Instant lastLoginAt, String email, boolean emailNotifications, boolean secondFactor,
        boolean passwordChangeRequired, String language, String timeZone, long version) {

    public static UserDto of(UserAccount a) {
        return new UserDto(a.getId(), a.getUsername().value(), a.getDisplayName(), a.getAgency().getId(),
                a.getAgency().getCode().value(), a.getAgency().getName(),
                a.getAgency().getCountry() == null ? null : a.getAgency().getCountry().getCode().value(),
                a.getRoles().stream().map(Role::roleName).toList(), a.isEnabled(), a.isLockedAt(Instant.now()),
                a.isLockedAt(Instant.now()) ? a.getLockedUntil() : null, a.getLastLoginAt(), a.getEmail(), a.isMailNotifications(), a.hasSecondFactor(),
                a.isPasswordTemporary(), a.getLanguage(), a.getTimeZone(), a.getVersion());
    }
}
