package org.casebridge.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one rule of who must use a second factor: the holders of the roles in
 * {@code casebridge.mfa.required-roles} (role names separated by commas, or {@code none}). Without the
 * setting: supervisors, focal points and administrators, who can read a whole country's victims or
 * manage every account; in demo mode none, so that the published demo accounts stay usable.
 * Such a user without a second factor is led to enrol and can do nothing else until they have.
 */
@ApplicationScoped
public class SecondFactorPolicy {

    static final String DEFAULT_ROLES = "supervisor,focal-point,admin";

    @Inject
    @ConfigProperty(name = "casebridge.mfa.required-roles")
    Optional<String> requiredRoles;

    @Inject
    @ConfigProperty(name = "casebridge.demo", defaultValue = "false")
    boolean demo;

    private Set<Role> roles;

    public SecondFactorPolicy() {
    }

    /** For unit tests. */
    public SecondFactorPolicy(Optional<String> requiredRoles, boolean demo) {
        this.requiredRoles = requiredRoles;
        this.demo = demo;
        init();
    }

    @PostConstruct
    void init() {
        roles = parse(requiredRoles.map(String::trim).orElse(demo ? "none" : DEFAULT_ROLES));
    }

    /** Whether {@code account} must have a second factor (whether or not it has one yet). */
    public boolean required(UserAccount account) {
        return account != null && account.getRoles().stream().anyMatch(roles::contains);
    }

    /** Whether {@code account} must enrol before doing anything else: required and not enrolled. */
    public boolean mustEnrol(UserAccount account) {
        return required(account) && !account.hasSecondFactor();
    }

    /** The roles that require a second factor. */
    public Set<Role> requiredRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static Set<Role> parse(String value) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (value.isBlank() || "none".equalsIgnoreCase(value)) {
            return parsed;
        }
        for (String name : value.split(",")) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (!n.isEmpty()) {
                parsed.add(Role.fromRoleName(n).orElseThrow(() -> new IllegalStateException(
                        "casebridge.mfa.required-roles: unknown role '" + n + "'")));
            }
        }
        return parsed;
    }
}
