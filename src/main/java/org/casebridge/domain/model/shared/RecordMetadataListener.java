package org.casebridge.domain.model.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Instant;

/** Stamps created/changed by and at from the authenticated caller ("system" for start-up work). */
public class RecordMetadataListener {

    static final String SYSTEM = "system";

    @PrePersist
    void onCreate(TrackedEntity entity) {
        String by = caller();
        Instant now = Instant.now();
        entity.markCreated(by, now);
        entity.markChanged(by, now);
    }

    @PreUpdate
    void onUpdate(TrackedEntity entity) {
        entity.markChanged(caller(), Instant.now());
    }

    private static String caller() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException noContainerOrNoRequest) {
            return SYSTEM;
        }
    }
}
