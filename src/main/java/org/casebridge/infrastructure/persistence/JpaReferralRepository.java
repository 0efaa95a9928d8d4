package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralCounts;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.casebridge.domain.model.referral.ReferralRepository;
import org.casebridge.domain.model.referral.ReferralScope;
import org.casebridge.domain.model.referral.ReferralStatus;

/**
 * Referrals in JPA. The caller's scope is part of every list and count: a partner's inbox is the
 * referrals addressed to its agency (never drafts), a supervisor's the referrals sent from their
 * country, a caseworker's those of the cases they may read (the case list's own scope clause). Lists
 * are newest first and continue below the last id shown (keyset paging).
 */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public Optional<Referral> find(long id) {
        return Optional.ofNullable(em.find(Referral.class, id));
    }

    @Override
    public Referral add(Referral referral) {
        em.persist(referral);
        return referral;
    }

    @Override
    public List<Referral> search(ReferralScope scope, ReferralQuery query, Long afterId, int size, Instant now) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select r from Referral r").append(where(scope, query, now, params));
        if (afterId != null) {
            jpql.append(" and r.id < :afterId");
            params.put("afterId", afterId);
        }
        jpql.append(" order by r.id desc");
        TypedQuery<Referral> q = em.createQuery(jpql.toString(), Referral.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(size).getResultList();
    }

    @Override
    public long count(ReferralScope scope, ReferralQuery query, Instant now) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(r) from Referral r" + where(scope, query, now, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public ReferralCounts countByStatus(ReferralScope scope, Set<ReferralStatus> statuses, Instant now) {
        // one range of referral_country_live_ix / referral_inbox_live_ix (status and response_due are in them)
        // instead of one count per figure (docs/performance.md, "Dashboard and export, second pass")
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> q = em.createQuery("select r.status, count(r),"
                + " sum(case when r.status = :overdueStatus and r.responseDue < :overdueAt then 1 else 0 end) from Referral r"
                + where(scope, new ReferralQuery(statuses, false, null, null), now, params) + " group by r.status",
                Object[].class);
        params.forEach(q::setParameter);
        q.setParameter("overdueStatus", ReferralStatus.SENT).setParameter("overdueAt", now);
        Map<ReferralStatus, Long> byStatus = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus s : statuses) {
            byStatus.put(s, 0L);
        }
        long overdue = 0;
        for (Object[] row : q.getResultList()) {
            byStatus.put((ReferralStatus) row[0], ((Number) row[1]).longValue());
            overdue += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        return new ReferralCounts(byStatus, overdue);
    }

    @Override
    public List<Referral> openOfVictim(long victimId) {
        return em.createQuery("select r from Referral r where r.victimId = :victim and r.status in :open"
                + " and r.voided = SQL('FALSE') order by r.id", Referral.class)
                .setParameter("victim", victimId)
                .setParameter("open", List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED))
                .getResultList();
    }

    @Override
    public List<Long> overdueNotNotified(Instant now, int limit) {
        List<?> ids = em.createNativeQuery("select id from referral where status = 'SENT' and overdue_notified_at is null"
                + " and response_due < cast(?1 as timestamp with time zone) and voided = false order by response_due, id")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    @Override
    public boolean claimOverdueNotice(long id, Instant now) {
        // Native SQL: a JPQL bulk update would bump the version, and the partner answering at the same time would be
        // told the referral changed. The conditions repeat the sweep's, so only one node's update changes the row.
        return em.createNativeQuery("update referral set overdue_notified_at = cast(?1 as timestamp with time zone)"
                + " where id = ?2 and status = 'SENT' and overdue_notified_at is null"
                + " and response_due < cast(?1 as timestamp with time zone) and voided = false")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(2, id)
                .executeUpdate() == 1;
    }

    private static String where(ReferralScope scope, ReferralQuery q, Instant now, Map<String, Object> params) {
        // FALSE as SQL text, as in JpaCaseRepository (H2 refuses a bound 0/1 against a boolean in subqueries).
        StringBuilder w = new StringBuilder(" where r.voided = SQL('FALSE') and (");
        boolean any = false;
        if (scope.recipientAgencyId() != null) {
            w.append("(r.recipientAgencyId = :scopeRecipient and r.status <> :draft)");
            params.put("scopeRecipient", scope.recipientAgencyId());
            params.put("draft", ReferralStatus.DRAFT);
            any = true;
        }
        if (scope.sendingCountry() != null) {
            w.append(any ? " or " : "").append("r.sendingCountry = :scopeCountryCode");
            params.put("scopeCountryCode", scope.sendingCountry());
            any = true;
        }
        if (scope.cases() != null && !scope.cases().isEmpty()) {
            // the country first (ReferralScope says why it changes no answer): PostgreSQL then semi-joins that country's
            // referrals, read from V30's referral_country_case_ix alone, to the scope's cases, not every referral of every
            // country (a parallel scan of the whole table: 225-330 ms at 1,000,000 cases against 75-99 ms, once per list
            // page, the load run's costliest request; docs/performance.md, "Sixth run")
            w.append(any ? " or " : "").append("(r.sendingCountry = :scopeCasesCountry and exists (select 1 from CaseFile c"
                    + " where c.id = r.caseId and ").append(JpaCaseRepository.scopeClause(scope.cases(), "c", params)).append("))");
            params.put("scopeCasesCountry", scope.casesCountry());
            any = true;
        }
        if (!any) {
            w.append("1 = 0");
        }
        w.append(')');
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            w.append(" and r.status in :statuses");
            params.put("statuses", List.copyOf(q.statuses()));
        }
        if (q.overdueOnly()) {
            w.append(" and r.status = :sent and r.responseDue < :now");
            params.put("sent", ReferralStatus.SENT);
            params.put("now", now);
        }
        if (q.recipientAgencyId() != null) {
            w.append(" and r.recipientAgencyId = :recipient");
            params.put("recipient", q.recipientAgencyId());
        }
        if (q.caseId() != null) {
            w.append(" and r.caseId = :caseId");
            params.put("caseId", q.caseId());
        }
        return w.toString();
    }
}
