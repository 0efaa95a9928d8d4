package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.notification.MailOutbox;
import org.casebridge.domain.model.notification.MailStatus;
import org.casebridge.domain.model.notification.OutgoingMail;

/**
 * The e-mail outbox in JPA. A node claims a mail with one conditional UPDATE (pending, due, no live claim):
 * the database lets exactly one of several nodes change the row, on H2 and PostgreSQL alike, so a mail is
 * sent once in a cluster; a claim that outlives a crashed node expires and the mail is tried again.
 */
@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public OutgoingMail add(OutgoingMail mail) {
        em.persist(mail);
        return mail;
    }

    @Override
    public Optional<OutgoingMail> find(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return em.createQuery("select m.id from OutgoingMail m where m.status = :pending and m.nextAttemptAt <= :now"
                + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public boolean claim(long id, String node, Instant now, Instant until) {
        // Native SQL with casts: EclipseLink binds OffsetDateTime values that PostgreSQL must read as timestamps with time zone.
        return em.createNativeQuery("update mail_outbox set claimed_by = ?1, claimed_until = cast(?2 as timestamp with time zone),"
                + " attempts = attempts + 1 where id = ?3 and status = 'PENDING'"
                + " and next_attempt_at <= cast(?4 as timestamp with time zone)"
                + " and (claimed_until is null or claimed_until < cast(?4 as timestamp with time zone))")
                .setParameter(1, node)
                .setParameter(2, until.atOffset(ZoneOffset.UTC))
                .setParameter(3, id)
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}
