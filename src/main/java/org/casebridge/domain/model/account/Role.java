package org.casebridge.domain.model.account;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do (DESIGN.md, "People and roles"); roles combine. */
public enum Role {
    CASEWORKER("caseworker"),
    FOCAL_POINT("focal-point"),
    PARTNER("partner"),
    SUPERVISOR("supervisor"),
    ANALYST("analyst"),
    ADMIN("admin");

    /** Role names as the container and {@code @RolesAllowed} know them. */
    public static final String CASEWORKER_NAME = "caseworker";
    public static final String FOCAL_POINT_NAME = "focal-point";
    public static final String PARTNER_NAME = "partner";
    public static final String SUPERVISOR_NAME = "supervisor";
    public static final String ANALYST_NAME = "analyst";
    public static final String ADMIN_NAME = "admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }

    /** Roles whose work is about one country's records, so the user's agency must have a country. */
    public boolean needsCountry() {
        return this == CASEWORKER || this == FOCAL_POINT || this == SUPERVISOR;
    }
}
