package org.casebridge.interfaces.account.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * What a client sends to create ({@code username} and {@code password} required) or change a user.
 * {@code email}: where notification e-mails go (at most 254 characters); absent or blank for none.
 */
public record UserInput(String username, String displayName, Long agencyId, List<String> roles, String password,
        String email) {

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
