package org.casebridge.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditChain;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.AuditCursor;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditHead;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.audit.AuditRecord;

/**
 * The audit log in the application database. Appending locks the single head row for the rest of
 * the transaction, so entries are numbered without gaps in commit order and the chain never forks.
 * The transaction's own changes are flushed before the lock is asked for, so that the head is held
 * for the entry, the head update and the commit only.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    private static final int BATCH = 500;

    /** Refusals and failed logins outside every supervisor's country scope (see AuditLog#findSecurityEvents). */
    private static final String SECURITY_EVENT = " and ((e.outcome = :denied or e.action = :loginFailed)"
            + " and (e.recordCountry is null or e.countryCode is null) or e.action = :alarm)";

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    /** casebridge_audit_append_seconds: one append, from asking for the head lock to the flushed entry. */
    @Inject
    @org.eclipse.microprofile.metrics.annotation.Metric(name = "casebridge.audit.append", absolute = true,
            unit = org.eclipse.microprofile.metrics.MetricUnits.SECONDS,
            description = "Audit entries appended: waiting for the head lock, hashing, inserting and flushing (the commit not included)")
    org.eclipse.microprofile.metrics.Timer appends;

    /** casebridge_logins_failed_total: failed logins of every kind (password, code, token), as the trail records them. */
    @Inject
    @org.eclipse.microprofile.metrics.annotation.Metric(name = "casebridge.logins.failed", absolute = true,
            description = "Failed logins (wrong password or code, locked or disabled account, unknown user, bad API token)")
    org.eclipse.microprofile.metrics.Counter failedLogins;

    @Inject
    AuditKeys keys;

    @Inject
    AuditBenchSwitch bench;

    @Override
    public AuditEntry append(AuditRecord record, Instant now) {
        if (bench.appendOff()) {
            return new AuditEntry(0, AuditChain.truncate(now), record, "", "");
        }
        if (!bench.appendAtRecord()) {
            em.flush();
        }
        long start = System.nanoTime();
        try {
            AuditEntry entry = appendLocked(record, now);
            if (record.action() == AuditAction.LOGIN_FAILED) {
                failedLogins.inc();
            }
            return entry;
        } finally {
            appends.update(java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private AuditEntry appendLocked(AuditRecord record, Instant now) {
        AuditHead head = head();
        long sequence = head.getLastSequence() + 1;
        Instant at = AuditChain.truncate(now);
        String hash = keys.chain().hash(sequence, at, record, head.getLastHash());
        AuditEntry entry = new AuditEntry(sequence, at, record, head.getLastHash(), hash);
        em.persist(entry);
        head.advance(sequence, hash);
        em.flush();
        return entry;
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<AuditEntry> q = em.createQuery("select e from AuditEntry e" + where + order(filter), AuditEntry.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, AuditCursor at, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(where(filter, params)).append(" and e.sequence <= :upTo");
        params.put("upTo", at.upTo());
        boolean keyset = sortField(filter).equals("sequence");
        if (keyset && at.lastSequence() != null) {
            where.append(filter.ascending() ? " and e.sequence > :last" : " and e.sequence < :last");
            params.put("last", at.lastSequence());
        }
        TypedQuery<AuditEntry> q = em.createQuery("select e from AuditEntry e" + where + order(filter), AuditEntry.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(keyset ? 0 : at.skipped()).setMaxResults(size).getResultList();
    }

    /** The filter's order, the sequence last so that it is total. */
    private static String order(AuditFilter filter) {
        String sort = sortField(filter);
        String direction = filter.ascending() ? " asc" : " desc";
        return " order by e." + sort + direction + (sort.equals("sequence") ? "" : ", e.sequence" + direction);
    }

    private static String sortField(AuditFilter filter) {
        return filter.sortField() != null && AuditFilter.SORTABLE.contains(filter.sortField()) ? filter.sortField() : "sequence";
    }

    @Override
    public long count(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEntry e" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public List<AuditEntry> changesOf(String recordType, String recordId, int max) {
        return em.createQuery("select e from AuditEntry e where e.recordType = :type and e.recordId = :id"
                + " and e.outcome = :ok and e.action in :changes order by e.sequence desc", AuditEntry.class)
                .setParameter("type", recordType).setParameter("id", recordId).setParameter("ok", AuditOutcome.OK)
                .setParameter("changes", List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.STATE_CHANGE))
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<AuditEntry> historyOf(Map<String, Set<String>> viewed, Map<String, Set<String>> changed,
            Set<String> madeFrom, String parent, int max) {
        List<AuditAction> changes = List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.STATE_CHANGE);
        Map<String, Set<String>> changedToo = new HashMap<>();
        changed.forEach((type, ids) -> changedToo.computeIfAbsent(type, t -> new HashSet<>()).addAll(ids));
        if (!madeFrom.isEmpty()) {
            List<Object[]> made = em.createQuery("select e.recordType, e.recordId from AuditEntry e where"
                    + " e.recordType in :types and e.outcome = :ok and e.recordId is not null and ((e.action = :create"
                    + " and (e.detail = :parent or e.detail like :parentFirst)) or (e.action = :update and e.detail = :linked))",
                    Object[].class)
                    .setParameter("types", List.copyOf(madeFrom)).setParameter("ok", AuditOutcome.OK)
                    .setParameter("create", AuditAction.CREATE).setParameter("update", AuditAction.UPDATE)
                    .setParameter("parent", parent).setParameter("parentFirst", parent + " %")
                    .setParameter("linked", "linked " + parent).getResultList();
            for (Object[] row : made) {
                changedToo.computeIfAbsent((String) row[0], t -> new HashSet<>()).add((String) row[1]);
            }
        }
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where e.outcome = :ok and (1 = 0");
        Map<String, Object> params = new HashMap<>();
        int n = 0;
        List<AuditAction> changesAndViews = new ArrayList<>(changes);
        changesAndViews.add(AuditAction.VIEW);
        for (Map.Entry<String, Set<String>> e : viewed.entrySet()) {
            n = records(jpql, params, n, e.getKey(), e.getValue(), "changesAndViews");
        }
        for (Map.Entry<String, Set<String>> e : changedToo.entrySet()) {
            n = records(jpql, params, n, e.getKey(), e.getValue(), "changes");
        }
        jpql.append(") order by e.sequence desc");
        TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class);
        if (params.keySet().stream().anyMatch(k -> k.startsWith("type"))) {
            params.put("ok", AuditOutcome.OK);
        } else {
            return List.of();
        }
        if (jpql.indexOf(":changes)") >= 0) {
            params.put("changes", changes);
        }
        if (jpql.indexOf(":changesAndViews)") >= 0) {
            params.put("changesAndViews", changesAndViews);
        }
        params.forEach(q::setParameter);
        return q.setMaxResults(max).getResultList();
    }

    private static int records(StringBuilder jpql, Map<String, Object> params, int n, String type, Set<String> ids,
            String actions) {
        if (ids.isEmpty()) {
            return n;
        }
        jpql.append(" or (e.recordType = :type").append(n).append(" and e.recordId in :ids").append(n)
                .append(" and e.action in :").append(actions).append(')');
        params.put("type" + n, type);
        params.put("ids" + n, List.copyOf(ids));
        return n + 1;
    }

    @Override
    public List<AuditEntry> findSecurityEvents(AuditFilter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<AuditEntry> q = em.createQuery("select e from AuditEntry e" + where(filter, params) + SECURITY_EVENT
                + " order by e.sequence desc", AuditEntry.class);
        params.forEach(q::setParameter);
        securityParameters(q);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long countSecurityEvents(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEntry e" + where(filter, params) + SECURITY_EVENT,
                Long.class);
        params.forEach(q::setParameter);
        securityParameters(q);
        return q.getSingleResult();
    }

    private static void securityParameters(TypedQuery<?> q) {
        q.setParameter("denied", AuditOutcome.DENIED);
        q.setParameter("loginFailed", AuditAction.LOGIN_FAILED);
        q.setParameter("alarm", AuditAction.ALARM);
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (f.scopeCountry() != null) {
            // alarms concern the whole trail: every supervisor sees them
            jpql.append(" and (e.countryCode = :scope or e.recordCountry = :scope or e.action = :alarmScope)");
            params.put("scope", f.scopeCountry());
            params.put("alarmScope", AuditAction.ALARM);
        }
        add(jpql, params, "username", f.username());
        add(jpql, params, "agencyCode", f.agencyCode());
        if (f.relatedReads() != null && !f.relatedReads().ids().isEmpty() && f.recordType() != null && f.recordId() != null) {
            jpql.append(" and ((e.recordType = :recordType and e.recordId = :recordId) or (e.recordType = :relatedType"
                    + " and e.recordId in :relatedIds and e.action = :relatedRead))");
            params.put("recordType", f.recordType().trim());
            params.put("recordId", f.recordId().trim());
            params.put("relatedType", f.relatedReads().recordType());
            params.put("relatedIds", List.copyOf(f.relatedReads().ids()));
            params.put("relatedRead", AuditAction.VIEW);
        } else {
            add(jpql, params, "recordType", f.recordType());
            add(jpql, params, "recordId", f.recordId());
        }
        if (f.action() != null) {
            jpql.append(" and e.action = :action");
            params.put("action", f.action());
        }
        if (f.hiddenViews() != null) {
            jpql.append(" and (e.username is null or e.username <> :hiddenViewer or e.recordType is null"
                    + " or e.recordType <> :hiddenType or e.action not in :hiddenActions)");
            params.put("hiddenViewer", f.hiddenViews().username());
            params.put("hiddenType", f.hiddenViews().recordType());
            params.put("hiddenActions", List.copyOf(AuditFilter.READS));
        }
        if (f.outcome() != null) {
            jpql.append(" and e.outcome = :outcome");
            params.put("outcome", f.outcome());
        }
        if (f.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            jpql.append(" and e.occurredAt < :to");
            params.put("to", f.to());
        }
        return jpql.toString();
    }

    private static void add(StringBuilder jpql, Map<String, Object> params, String field, String value) {
        if (value != null && !value.isBlank()) {
            jpql.append(" and e.").append(field).append(" = :").append(field);
            params.put(field, value.trim());
        }
    }

    @Override
    public void walk(long afterSequence, Predicate<AuditEntry> visitor) {
        long after = afterSequence;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                    "select e from AuditEntry e where e.sequence > :after order by e.sequence", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (AuditEntry e : batch) {
                if (!visitor.test(e)) {
                    return;
                }
                after = e.getSequence();
            }
            em.clear();
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    @Override
    public Optional<AuditEntry> entry(long sequence) {
        return Optional.ofNullable(em.find(AuditEntry.class, sequence));
    }

    @Override
    public long lastSequence() {
        Long max = em.createQuery("select max(e.sequence) from AuditEntry e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public AuditHead head() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_head row missing: the schema was not migrated");
        }
        return head;
    }

    @Override
    public AuditCheckpoint addCheckpoint(AuditCheckpoint checkpoint) {
        em.persist(checkpoint);
        em.flush();
        return checkpoint;
    }

    @Override
    public List<AuditCheckpoint> checkpoints() {
        return em.createQuery("select c from AuditCheckpoint c order by c.sequence", AuditCheckpoint.class)
                .getResultList();
    }

    @Override
    public List<AuditCheckpoint> checkpointsAfter(long after, int max) {
        return em.createQuery("select c from AuditCheckpoint c where c.sequence > :after order by c.sequence",
                AuditCheckpoint.class).setParameter("after", after).setMaxResults(max).getResultList();
    }

    @Override
    public List<AuditCheckpoint> latestCheckpoints(int max) {
        return em.createQuery("select c from AuditCheckpoint c order by c.sequence desc", AuditCheckpoint.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public Optional<AuditEntry> latest(AuditAction action) {
        Long seq = em.createQuery("select max(e.sequence) from AuditEntry e where e.action = :action", Long.class)
                .setParameter("action", action).getSingleResult();
        return seq == null ? Optional.empty() : entry(seq);
    }
}
