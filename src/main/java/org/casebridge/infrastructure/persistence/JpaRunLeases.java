package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.casebridge.domain.model.shared.RunLeases;

/**
 * The run leases in the {@code run_lease} table. The time is the database's (one clock for every
 * instance); the update's condition is checked again under the row lock, so of several instances firing
 * at the same moment exactly one changes the row, on H2 and PostgreSQL alike.
 */
@ApplicationScoped
public class JpaRunLeases implements RunLeases {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public boolean take(String job, String holder, Duration length) {
        Instant now = instant(em.createNativeQuery("select current_timestamp").getSingleResult());
        // Native SQL with casts: EclipseLink binds OffsetDateTime values that PostgreSQL must read as timestamps with time zone.
        return em.createNativeQuery("update run_lease set holder = ?1, held_until = cast(?2 as timestamp with time zone),"
                + " last_run_at = cast(?3 as timestamp with time zone), runs = runs + 1"
                + " where name = ?4 and held_until <= cast(?3 as timestamp with time zone)")
                .setParameter(1, holder)
                .setParameter(2, now.plus(length).atOffset(ZoneOffset.UTC))
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .setParameter(4, job)
                .executeUpdate() == 1;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case OffsetDateTime t -> t.toInstant();
            case ZonedDateTime t -> t.toInstant();
            case Timestamp t -> t.toInstant();
            case Instant t -> t;
            default -> throw new IllegalStateException("The database's time came as " + value.getClass().getName());
        };
    }
}
