package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.notification.Notification;
import org.casebridge.domain.model.notification.NotificationRepository;

/** Notifications in JPA: every list and count is one recipient's (index {@code notification_recipient_ix}), newest first by id. */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public Notification add(Notification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> page(long recipientId, Long afterId, int size) {
        TypedQuery<Notification> q = em.createQuery("select n from Notification n where n.recipientId = :recipient"
                + (afterId == null ? "" : " and n.id < :after") + " order by n.id desc", Notification.class)
                .setParameter("recipient", recipientId);
        if (afterId != null) {
            q.setParameter("after", afterId);
        }
        return q.setMaxResults(size).getResultList();
    }

    @Override
    public long count(long recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :recipient", Long.class)
                .setParameter("recipient", recipientId).getSingleResult();
    }

    @Override
    public long countUnread(long recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :recipient and n.readAt is null",
                Long.class).setParameter("recipient", recipientId).getSingleResult();
    }

    @Override
    public int markAllRead(long recipientId, Instant at) {
        // Native SQL: a JPQL bulk update would not bump the version the same way on both databases; the cast because
        // EclipseLink binds an OffsetDateTime that PostgreSQL must read as a timestamp with time zone.
        return em.createNativeQuery("update notification set read_at = cast(?1 as timestamp with time zone),"
                + " version = version + 1 where recipient_id = ?2 and read_at is null")
                .setParameter(1, at.atOffset(ZoneOffset.UTC))
                .setParameter(2, recipientId)
                .executeUpdate();
    }
}
