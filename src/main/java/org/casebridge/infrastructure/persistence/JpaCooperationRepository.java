package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.cooperation.AttachmentContent;
import org.casebridge.domain.model.cooperation.CooperationAttachment;
import org.casebridge.domain.model.cooperation.CooperationMessage;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.Deadline;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.domain.model.cooperation.RequestReference;
import org.casebridge.domain.model.cooperation.RequestScope;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.WaitingCounts;

/**
 * Cooperation requests in JPA. The caller's scope is part of every list and count: the requests their
 * country sent (drafts included) and those sent to it (never drafts). Lists are newest first and
 * continue below the last id shown (keyset paging). Attachment bytes are read only for a download.
 */
@ApplicationScoped
public class JpaCooperationRepository implements CooperationRepository {

    private static final List<RequestStatus> WAITING = List.of(RequestStatus.SENT, RequestStatus.ACKNOWLEDGED);

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Inject
    YearCounters counters;

    @Override
    public Optional<CooperationRequest> find(long id) {
        return Optional.ofNullable(em.find(CooperationRequest.class, id));
    }

    @Override
    public CooperationRequest add(CooperationRequest request) {
        em.persist(request);
        return request;
    }

    @Override
    public RequestReference nextReference(CountryCode country, int year) {
        return RequestReference.of(country, year,
                YearCounters.nextWithRetry(counters, YearCounters.Counter.COOPERATION_REFERENCE, country, year));
    }

    @Override
    public List<CooperationRequest> search(RequestScope scope, RequestQuery query, Long afterId, int size, Instant now) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select r from CooperationRequest r").append(where(scope, query, now, params));
        if (afterId != null) {
            jpql.append(" and r.id < :afterId");
            params.put("afterId", afterId);
        }
        jpql.append(" order by r.id desc");
        TypedQuery<CooperationRequest> q = em.createQuery(jpql.toString(), CooperationRequest.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(size).getResultList();
    }

    @Override
    public long count(RequestScope scope, RequestQuery query, Instant now) {
        if (query.direction() == null && scope.requestingCountry() != null
                && scope.requestingCountry().equals(scope.requestedCountry())) {
            // A country's two directions never overlap (no request is to its own country:
            // cooperation_request_sides_ck), and each is counted from its own index (V15); their OR is not, and
            // read the whole table at 1,000,000 cases (docs/performance.md, "Cooperation requests").
            return count(scope, directed(query, RequestQuery.Direction.OUTGOING), now)
                    + count(scope, directed(query, RequestQuery.Direction.INCOMING), now);
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(r) from CooperationRequest r" + where(scope, query, now, params),
                Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public WaitingCounts waiting(RequestScope scope, RequestQuery.Direction direction, Instant now) {
        // one range of the direction's live index (V15: status and both deadlines are in it) instead of three counts;
        // "overdue" is where()'s overdueOnly clause within SENT and ACKNOWLEDGED
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> q = em.createQuery("select r.status, count(r), sum(case when (r.status = :overdueSent"
                + " and r.acknowledgeBy < :overdueAt) or r.answerBy < :overdueAt then 1 else 0 end) from CooperationRequest r"
                + where(scope, new RequestQuery(direction, java.util.Set.copyOf(WAITING), null, java.util.Set.of(), false, null),
                        now, params) + " group by r.status", Object[].class);
        params.forEach(q::setParameter);
        q.setParameter("overdueSent", RequestStatus.SENT).setParameter("overdueAt", now);
        long sent = 0;
        long acknowledged = 0;
        long overdue = 0;
        for (Object[] row : q.getResultList()) {
            long n = ((Number) row[1]).longValue();
            if (row[0] == RequestStatus.SENT) {
                sent = n;
            } else {
                acknowledged = n;
            }
            overdue += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        return new WaitingCounts(sent, acknowledged, overdue);
    }

    @Override
    public CooperationMessage add(CooperationMessage message) {
        em.persist(message);
        return message;
    }

    @Override
    public List<CooperationMessage> messages(long requestId) {
        return em.createQuery("select m from CooperationMessage m where m.requestId = :r order by m.id", CooperationMessage.class)
                .setParameter("r", requestId).getResultList();
    }

    @Override
    public CooperationAttachment add(CooperationAttachment attachment, byte[] content) {
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment, content));
        return attachment;
    }

    @Override
    public List<CooperationAttachment> attachments(long requestId) {
        return em.createQuery("select a from CooperationAttachment a where a.requestId = :r order by a.id",
                CooperationAttachment.class).setParameter("r", requestId).getResultList();
    }

    @Override
    public Optional<CooperationAttachment> attachment(long id) {
        return Optional.ofNullable(em.find(CooperationAttachment.class, id));
    }

    @Override
    public byte[] content(CooperationAttachment attachment) {
        return em.find(AttachmentContent.class, attachment.getId()).getContent();
    }

    // Native SQL in both: a JPQL bulk update would bump the version, and a focal point acknowledging at the same
    // moment would be told the request changed. The conditions are the domain's (CooperationRequest.escalationDueAt).
    private static final String ACK_DUE = "status = 'SENT' and acknowledgement_escalated_at is null"
            + " and acknowledge_by < cast(?1 as timestamp with time zone)";
    private static final String ANSWER_DUE = "status in ('SENT', 'ACKNOWLEDGED') and answer_escalated_at is null"
            + " and answer_by < cast(?1 as timestamp with time zone)";

    @Override
    public List<Long> escalationDue(Instant now, int limit) {
        List<?> ids = em.createNativeQuery("select id from cooperation_request where voided = false and ((" + ACK_DUE
                        + ") or (" + ANSWER_DUE + ")) order by id")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    @Override
    public boolean claimEscalation(long id, Deadline deadline, Instant now) {
        String column = deadline == Deadline.ACKNOWLEDGEMENT ? "acknowledgement_escalated_at" : "answer_escalated_at";
        String due = deadline == Deadline.ACKNOWLEDGEMENT ? ACK_DUE : ANSWER_DUE;
        return em.createNativeQuery("update cooperation_request set " + column + " = cast(?1 as timestamp with time zone)"
                        + " where id = ?2 and voided = false and " + due)
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, id)
                .executeUpdate() == 1;
    }

    @Override
    public List<CooperationRequest> sentBetween(String country, Instant from, Instant to) {
        return em.createQuery("select r from CooperationRequest r where r.voided = SQL('FALSE') and r.sentAt >= :from"
                + " and r.sentAt < :to and (r.requestingCountry = :c or r.requestedCountry = :c) order by r.id",
                CooperationRequest.class)
                .setParameter("from", from).setParameter("to", to).setParameter("c", country).getResultList();
    }

    private static RequestQuery directed(RequestQuery q, RequestQuery.Direction direction) {
        return new RequestQuery(direction, q.statuses(), q.counterpart(), q.types(), q.overdueOnly(), q.caseId());
    }

    private static String where(RequestScope scope, RequestQuery q, Instant now, Map<String, Object> params) {
        // FALSE as SQL text, as in JpaCaseRepository (H2 refuses a bound 0/1 against a boolean in subqueries).
        StringBuilder w = new StringBuilder(" where r.voided = SQL('FALSE') and (");
        boolean outgoing = scope.requestingCountry() != null && q.direction() != RequestQuery.Direction.INCOMING;
        boolean incoming = scope.requestedCountry() != null && q.direction() != RequestQuery.Direction.OUTGOING;
        if (outgoing) {
            w.append("r.requestingCountry = :scopeRequesting");
            params.put("scopeRequesting", scope.requestingCountry());
        }
        if (incoming) {
            w.append(outgoing ? " or " : "").append("(r.requestedCountry = :scopeRequested and r.status <> :draft)");
            params.put("scopeRequested", scope.requestedCountry());
            params.put("draft", RequestStatus.DRAFT);
        }
        if (!outgoing && !incoming) {
            w.append("1 = 0");
        }
        w.append(')');
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            w.append(" and r.status in :statuses");
            params.put("statuses", List.copyOf(q.statuses()));
        }
        if (q.types() != null && !q.types().isEmpty()) {
            w.append(" and r.type in :types");
            params.put("types", List.copyOf(q.types()));
        }
        if (q.counterpart() != null) {
            w.append(" and (r.requestingCountry = :counterpart or r.requestedCountry = :counterpart)");
            params.put("counterpart", q.counterpart());
        }
        if (q.overdueOnly()) {
            w.append(" and ((r.status = :sent and r.acknowledgeBy < :now) or (r.status in :waiting and r.answerBy < :now))");
            params.put("sent", RequestStatus.SENT);
            params.put("waiting", WAITING);
            params.put("now", now);
        }
        if (q.caseId() != null) {
            w.append(" and r.caseId = :caseId");
            params.put("caseId", q.caseId());
        }
        return w.toString();
    }
}
