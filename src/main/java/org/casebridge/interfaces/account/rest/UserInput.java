package org.casebridge.interfaces.account.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * What a client sends to create ({@code username} and {@code password} required) or change a user.
 * {@code email}: where notification e-mails go (at most 254 characters); absent or blank for none.
 * {@code language} (en, es, fr, ht, nl) and {@code timeZone} (an IANA id): at creation only, absent for those
 * of the agency's country; afterwards the user chooses them (PUT /api/me/preferences).
 */
public record UserInput(String username, String displayName, Long agencyId, List<String> roles, String password,
        String email, String language, String timeZone) {

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String r : roles) {
                set.add(Role.fromRoleName(r).orElseThrow(() -> ValidationException.of("roles",
                        "Unknown role '" + (r == null ? "" : r.replaceAll("[^a-z-]", "")) + "'.")));
            }
        }
        return set;
    }
}
