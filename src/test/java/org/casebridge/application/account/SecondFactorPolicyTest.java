package org.casebridge.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.casebridge.domain.model.account.Role;
import org.junit.jupiter.api.Test;

class SecondFactorPolicyTest {

    @Test
    void withoutTheSettingSupervisorsFocalPointsAndAdministratorsMustUseOne() {
        assertEquals(EnumSet.of(Role.SUPERVISOR, Role.FOCAL_POINT, Role.ADMIN),
                new SecondFactorPolicy(Optional.empty(), false).requiredRoles());
    }

    @Test
    void demoModeRequiresNoneUnlessSet() {
        assertTrue(new SecondFactorPolicy(Optional.empty(), true).requiredRoles().isEmpty());
        assertEquals(EnumSet.of(Role.CASEWORKER), new SecondFactorPolicy(Optional.of("caseworker"), true).requiredRoles());
    }

    @Test
    void noneAndListsAreRead() {
        assertTrue(new SecondFactorPolicy(Optional.of("none"), false).requiredRoles().isEmpty());
        assertEquals(EnumSet.of(Role.PARTNER, Role.ANALYST),
                new SecondFactorPolicy(Optional.of(" partner , analyst"), false).requiredRoles());
    }

    @Test
    void anUnknownRoleStopsTheStartInsteadOfRequiringLess() {
        assertThrows(IllegalStateException.class, () -> new SecondFactorPolicy(Optional.of("supervisors"), false));
    }
}
