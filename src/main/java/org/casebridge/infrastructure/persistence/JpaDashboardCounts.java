package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.dashboard.DashboardCounts;
import org.casebridge.domain.model.dashboard.WeeklyReads;

/**
 * The home pages' counts in JPQL: grouped counts over the case list's own WHERE clause
 * ({@link JpaCaseRepository#where}), so that a figure and the list it links to can never disagree, and the
 * reads on the audit trail week by week through the index {@code audit_entry_reads_ix} (V18).
 */
@ApplicationScoped
public class JpaDashboardCounts implements DashboardCounts {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public Map<CaseStage, Long> casesByStage(CaseScope scope, CaseQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> q = em.createQuery("select c.stage, count(c) from CaseFile c"
                + JpaCaseRepository.where(scope, query, params) + " group by c.stage", Object[].class);
        params.forEach(q::setParameter);
        Map<CaseStage, Long> counts = new EnumMap<>(CaseStage.class);
        for (CaseStage s : CaseStage.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : q.getResultList()) {
            counts.put((CaseStage) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Map<CaseStage, Map<RiskLevel, Long>> casesByStageAndRisk(CaseScope scope, CaseQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> q = em.createQuery("select c.stage, c.riskRank, count(c) from CaseFile c"
                + JpaCaseRepository.where(scope, query, params) + " group by c.stage, c.riskRank", Object[].class);
        params.forEach(q::setParameter);
        Map<CaseStage, Map<RiskLevel, Long>> counts = new EnumMap<>(CaseStage.class);
        for (CaseStage s : CaseStage.values()) {
            Map<RiskLevel, Long> byRisk = new EnumMap<>(RiskLevel.class);
            for (RiskLevel r : RiskLevel.values()) {
                byRisk.put(r, 0L);
            }
            counts.put(s, byRisk);
        }
        for (Object[] row : q.getResultList()) {
            int rank = ((Number) row[1]).intValue();
            counts.get((CaseStage) row[0]).put(RiskLevel.values()[rank - 1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    @Override
    public Map<YearMonth, Long> casesByMonth(CaseScope scope, LocalDate from) {
        Map<String, Object> params = new HashMap<>();
        CaseQuery since = new CaseQuery(null, null, null, null, null, null, null, null, from, null, false, null, false);
        // grouped by the day, summed to months here: the days come in the index's order (case_file_country_live_ident_ix)
        // and group as they stream (at most 731 rows); grouping by extract(year), extract(month) hashed every one of the
        // country's 44,000 entries of the 24 months first (Jamaica at 1,000,000 cases: 6 ms against 20-24 ms)
        TypedQuery<Object[]> q = em.createQuery("select c.identificationDate, count(c) from CaseFile c"
                + JpaCaseRepository.where(scope, since, params) + " group by c.identificationDate", Object[].class);
        params.forEach(q::setParameter);
        Map<YearMonth, Long> counts = new TreeMap<>();
        for (Object[] row : q.getResultList()) {
            counts.merge(YearMonth.from((LocalDate) row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    @Override
    public List<WeeklyReads> weeklyReads(String country, String recordType, Instant now, int weeks) {
        // One grouped count per week, each a range of audit_entry_reads_ix. (One query grouping by a CASE over
        // bound week boundaries is refused by PostgreSQL: the parameters in SELECT and GROUP BY are not the same.)
        Map<String, long[]> byUser = new LinkedHashMap<>();
        for (int w = 0; w < weeks; w++) {
            Instant to = now.minus(Duration.ofDays(7L * w));
            Instant from = now.minus(Duration.ofDays(7L * (w + 1)));
            TypedQuery<Object[]> q = em.createQuery("select e.username, count(e) from AuditEntry e"
                    + " where e.recordType = :type and e.action = :action and e.countryCode = :country"
                    + " and e.occurredAt >= :from and e.occurredAt " + (w == 0 ? "<=" : "<") + " :to"
                    + " and e.outcome = :ok and e.username is not null group by e.username", Object[].class);
            q.setParameter("type", recordType).setParameter("action", AuditAction.VIEW).setParameter("country", country)
                    .setParameter("from", from).setParameter("to", to).setParameter("ok", AuditOutcome.OK);
            for (Object[] row : q.getResultList()) {
                String user = (String) row[0];
                if (w == 0 || byUser.containsKey(user)) {
                    byUser.computeIfAbsent(user, u -> new long[weeks])[w] = ((Number) row[1]).longValue();
                }
            }
            if (w == 0 && byUser.isEmpty()) {
                break;
            }
        }
        List<WeeklyReads> reads = new ArrayList<>();
        byUser.forEach((user, counts) -> reads.add(new WeeklyReads(user, counts)));
        return reads;
    }

    @Override
    public long accounts() {
        return em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
    }

    @Override
    public long enabledAccounts() {
        return em.createQuery("select count(a) from UserAccount a where a.enabled = SQL('TRUE')", Long.class).getSingleResult();
    }

    @Override
    public long lockedAccounts(Instant now) {
        return em.createQuery("select count(a) from UserAccount a where a.lockedUntil > :now", Long.class)
                .setParameter("now", now).getSingleResult();
    }

    @Override
    public long failedLogins(Instant since) {
        return em.createQuery("select count(e) from AuditEntry e where e.action = :action and e.occurredAt >= :since", Long.class)
                .setParameter("action", AuditAction.LOGIN_FAILED).setParameter("since", since).getSingleResult();
    }
}
