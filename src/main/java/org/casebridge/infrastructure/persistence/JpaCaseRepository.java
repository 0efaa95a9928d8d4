package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.casefile.CaseCursor;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseNumber;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.casefile.CaseSort;
import org.casebridge.domain.model.casefile.Perpetrator;
import org.casebridge.domain.model.shared.SearchFolding;

/**
 * Cases in JPA. The access scope is part of every list and count query, so a user's lists never
 * read rows they may not see; the list fetches country, agency and caseworker in the same query
 * (no query per row) and continues from a cursor rather than an offset where it can.
 */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Inject
    YearCounters counters;

    @Override
    public Optional<CaseFile> find(long id) {
        return Optional.ofNullable(em.find(CaseFile.class, id));
    }

    @Override
    public Optional<CaseFile> findForChange(long id) {
        return Optional.ofNullable(em.find(CaseFile.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CaseFile> search(CaseScope scope, CaseQuery query, CaseCursor after, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select c from CaseFile c join fetch c.country join fetch c.owningAgency"
                + " join fetch c.assignedTo");
        jpql.append(where(scope, query, params));
        CaseSort sort = query.sortOrDefault();
        String column = column(sort);
        boolean asc = query.ascending();
        if (after != null) {
            if (after.sort() != sort) {
                throw new IllegalArgumentException("cursor of another sort");
            }
            String op = asc ? ">" : "<";
            // The first bound repeats what the OR says, but as a range the index can start from: without
            // it the database reads the list from its beginning and discards every earlier row
            // (docs/performance.md, "Keyset paging").
            jpql.append(" and ").append(column).append(' ').append(op).append("= :afterKey and (").append(column)
                    .append(' ').append(op).append(" :afterKey or (").append(column).append(" = :afterKey and c.id ")
                    .append(op).append(" :afterId))");
            params.put("afterKey", after.typedKey());
            params.put("afterId", after.id());
        }
        String dir = asc ? " asc" : " desc";
        jpql.append(" order by ").append(column).append(dir).append(", c.id").append(dir);
        TypedQuery<CaseFile> q = em.createQuery(jpql.toString(), CaseFile.class);
        params.forEach(q::setParameter);
        q.setHint("eclipselink.batch", "c.exploitationTypes");
        q.setHint("eclipselink.batch.type", "IN");
        if (after == null && first > 0) {
            q.setFirstResult(first);
        }
        return q.setMaxResults(size).getResultList();
    }

    @Override
    public long count(CaseScope scope, CaseQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(c) from CaseFile c" + where(scope, query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String column(CaseSort sort) {
        return switch (sort) {
            case IDENTIFIED -> "c.identificationDate";
            case NUMBER -> "c.number";
            case RISK -> "c.riskRank";
            case CHANGED -> "c.changedAt";
        };
    }

    /** The length of a trigram: a quick search this long or longer is looked up in the trigram indexes (V29). */
    private static final int TRIGRAM = 3;

    static String where(CaseScope scope, CaseQuery q, Map<String, Object> params) {
        // FALSE as SQL text, not a bound value: EclipseLink binds booleans as 0/1 on H2, which H2 refuses
        // ("BOOLEAN and INTEGER are not comparable") when it recompiles a statement with subqueries.
        StringBuilder w = new StringBuilder(" where c.voided = SQL('FALSE') and ");
        w.append(scopeClause(scope, "c", params));
        if (q.quickSearch() != null && !q.quickSearch().isBlank()) {
            // Place and alias are compared in their folded copies (no accents, no capitals: SearchFolding,
            // V25), with the search folded the same way; the number as written, in capitals.
            String text = q.quickSearch().trim();
            String folded = SearchFolding.fold(text);
            params.put("quickNumber", text.toUpperCase(Locale.ROOT));
            if (folded.codePointCount(0, folded.length()) >= TRIGRAM) {
                // The matching cases are named first, each way from its own index (the number's; on PostgreSQL
                // the folded place's and alias's trigram indexes, V29), and the list is the scope's cases among
                // them: "c.id = any (subquery)" is a semi-join the database starts from the matches. As an OR
                // of the three inside the list's query it read every case of the scope and every victim, 1.2 s
                // a search at 1,000,000 cases (docs/performance.md, "Load: the realistic mix"). The patterns use
                // the default escape character, the backslash (PostgreSQL's and H2's): SQL()'s text holds no quotes.
                // The places and aliases are looked up in the scope's countries only (a scope has one or two):
                // a word in most places of every country then names 112,839 cases instead of 799,508 (3.1 s -> 0.6 s).
                w.append(" and c.id = SQL('any (select qn.id from case_file qn where qn.case_number = ?"
                        + " union all select qp.id from case_file qp where qp.identification_place_search like ?"
                        + " and qp.country_id in (?, ?)"
                        + " union all select qv.case_id from case_victim qv join victim v on v.id = qv.victim_id"
                        + " join case_file qc on qc.id = qv.case_id where v.alias_search like ? and qc.country_id in (?, ?))',"
                        + " :quickNumber, :quickLike, :quickCountryA, :quickCountryB, :quickLike, :quickCountryA, :quickCountryB)");
                params.put("quickLike", "%" + likeBackslash(folded) + "%");
                Long first = scope.countryId() != null ? scope.countryId() : scope.caseworkerCountryId();
                Long second = scope.caseworkerCountryId() != null && (scope.agencyId() != null || scope.userId() != null)
                        ? scope.caseworkerCountryId() : first;
                params.put("quickCountryA", first == null ? -1L : first);
                params.put("quickCountryB", second == null ? -1L : second);
            } else {
                // One or two characters: no trigram to look up, and nearly every case may match; reading the
                // scope's cases is then cheaper than naming the matches of every country first.
                w.append(" and (c.number = :quickNumber or c.identificationPlaceSearch like :quickLike escape '!'"
                        + " or exists (select 1 from CaseFile qc join qc.victims qv where qc.id = c.id"
                        + " and qv.aliasSearch like :quickLike escape '!'))");
                params.put("quickLike", "%" + like(folded) + "%");
            }
        }
        if (q.numberPart() != null && !q.numberPart().isBlank()) {
            w.append(" and c.number like :numberPart escape '!'");
            params.put("numberPart", numberPattern(q.numberPart().trim().toUpperCase(Locale.ROOT)));
        }
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            w.append(" and c.status in :statuses");
            params.put("statuses", List.copyOf(q.statuses()));
        }
        if (q.stage() != null) {
            w.append(" and c.stage = :stage");
            params.put("stage", q.stage());
        }
        if (q.riskAtLeast() != null) {
            w.append(" and c.riskRank >= :riskRank");
            params.put("riskRank", q.riskAtLeast().ordinal() + 1);
        }
        if (q.exploitationType() != null) {
            w.append(" and exists (select 1 from CaseFile ec join ec.exploitationTypes et where ec.id = c.id and et = :exploitation)");
            params.put("exploitation", q.exploitationType());
        }
        if (q.countryCode() != null && !q.countryCode().isBlank()) {
            w.append(" and c.country.code = :countryCode");
            params.put("countryCode", q.countryCode().trim().toUpperCase(Locale.ROOT));
        }
        if (q.assignedToId() != null) {
            w.append(" and c.assignedTo.id = :assignedTo");
            params.put("assignedTo", q.assignedToId());
        }
        if (q.identifiedFrom() != null) {
            w.append(" and c.identificationDate >= :from");
            params.put("from", q.identifiedFrom());
        }
        if (q.identifiedTo() != null) {
            w.append(" and c.identificationDate <= :to");
            params.put("to", q.identifiedTo());
        }
        if (q.overdueOnly()) {
            w.append(" and c.reviewDue < :today and c.status in :openStatuses");
            params.put("today", LocalDate.now());
            params.put("openStatuses", List.of(org.casebridge.domain.model.casefile.CaseStatus.ACTIVE,
                    org.casebridge.domain.model.casefile.CaseStatus.FOLLOW_UP));
        }
        work(q.work(), w, params);
        return w.toString();
    }

    /** The home page's work filters (CaseQuery.Work); "today" as the overdue filter takes it. */
    private static void work(CaseQuery.Work work, StringBuilder w, Map<String, Object> params) {
        if (work.isNone()) {
            return;
        }
        LocalDate today = LocalDate.now();
        List<org.casebridge.domain.model.casefile.CaseStatus> open = List.of(
                org.casebridge.domain.model.casefile.CaseStatus.ACTIVE, org.casebridge.domain.model.casefile.CaseStatus.FOLLOW_UP);
        if (work.riskExactly() != null) {
            w.append(" and c.riskRank = :riskExact");
            params.put("riskExact", work.riskExactly().ordinal() + 1);
        }
        if (work.reviewDueSoon()) {
            w.append(" and c.reviewDue >= :soonFrom and c.reviewDue < :soonTo and c.status in :workOpen");
            params.put("soonFrom", today);
            params.put("soonTo", today.plusDays(CaseQuery.Work.SOON_DAYS));
            params.put("workOpen", open);
        }
        if (work.planDue()) {
            w.append(" and c.status in :workOpen and exists (select 1 from SupportPlan sp where sp.caseFile = c"
                    + " and sp.voiding.voided = SQL('FALSE') and sp.actualEnd is null and sp.plannedEnd < :planBy)");
            params.put("planBy", today.plusDays(CaseQuery.Work.SOON_DAYS));
            params.put("workOpen", open);
        }
        if (work.closurePending()) {
            w.append(" and c.closureRequestedStatus is not null and c.status in :workOpen");
            params.put("workOpen", open);
        }
    }

    /**
     * The case scope as a JPQL condition on the case alias {@code c} (in parentheses), for the case
     * lists here and for lists of records reached through a case (referrals).
     */
    static String scopeClause(CaseScope scope, String c, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("(");
        boolean any = false;
        if (scope.countryId() != null) {
            w.append(c).append(".country.id = :scopeCountry");
            params.put("scopeCountry", scope.countryId());
            any = true;
        }
        // A caseworker who also supervises their own country sees nothing more through the caseworker
        // part (it is bounded by the same country), so only the country is asked for.
        boolean caseworkerPartCovered = scope.countryId() != null && scope.countryId().equals(scope.caseworkerCountryId());
        if ((scope.agencyId() != null || scope.userId() != null) && !caseworkerPartCovered) {
            if (any) {
                w.append(" or ");
            }
            // The team part is a plain, uncorrelated "id in (the user's team rows)" on the join table:
            // PostgreSQL hashes those ids once and answers the whole scope from the index
            // case_file_caseworker_scope_ix without reading the table (V7_1, docs/performance.md). JPQL
            // can only reach case_team through CaseFile, which joins every team case back to case_file
            // (a correlated EXISTS, or a second case_file in the subquery): slower, and its estimated
            // cost made PostgreSQL JIT-compile every caseworker count. SQL('TRUE') as text for the
            // reason given in where() for FALSE.
            w.append("(").append(c).append(".country.id = :scopeCaseworkerCountry and (").append(c)
                    .append(".owningAgency.id = :scopeAgency or ").append(c).append(".assignedTo.id = :scopeUser")
                    .append(" or SQL('(? in (select m.case_id from case_team m where m.user_id = ?))', ").append(c)
                    .append(".id, :scopeUser) = SQL('TRUE')))");
            params.put("scopeCaseworkerCountry", scope.caseworkerCountryId() == null ? -1L : scope.caseworkerCountryId());
            params.put("scopeAgency", scope.agencyId() == null ? -1L : scope.agencyId());
            params.put("scopeUser", scope.userId() == null ? -1L : scope.userId());
            any = true;
        }
        if (!any) {
            w.append("1 = 0");
        }
        return w.append(')').toString();
    }

    /**
     * The LIKE pattern for a part of a case number ({@code CC-YYYY-NNNNN}). Only a number starts with two
     * letters, so a part that does can only be its beginning: a prefix pattern, which the number's unique
     * index serves. Any other part may sit anywhere: {@code %part%}.
     */
    static String numberPattern(String part) {
        boolean start = part.length() >= 2 && Character.isLetter(part.charAt(0)) && Character.isLetter(part.charAt(1));
        return (start ? "" : "%") + like(part) + "%";
    }

    /** {@code s} as a LIKE pattern's literal text with the default escape character, the backslash. */
    private static String likeBackslash(String s) {
        return escaped(s, '\\');
    }

    /**
     * {@code s} as literal text inside a LIKE pattern written with {@code escape '!'}: a search for
     * "50%" means those three characters, not "50" followed by anything. The escape character is
     * spelled out in every LIKE rather than left to the database's default (standard SQL has none,
     * PostgreSQL and H2 take a backslash), and '!' needs no quoting in Java, JPQL or SQL strings.
     */
    private static String like(String s) {
        return escaped(s, '!');
    }

    private static String escaped(String s, char escape) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char ch : s.toCharArray()) {
            if (ch == escape || ch == '%' || ch == '_') {
                b.append(escape);
            }
            b.append(ch);
        }
        return b.toString();
    }

    @Override
    public CaseNumber nextNumber(CountryCode country, int year) {
        return CaseNumber.of(country, year, YearCounters.nextWithRetry(counters, YearCounters.Counter.CASE_NUMBER, country, year));
    }

    @Override
    public CaseFile add(CaseFile caseFile) {
        em.persist(caseFile);
        return caseFile;
    }

    @Override
    public Perpetrator add(Perpetrator perpetrator) {
        em.persist(perpetrator);
        return perpetrator;
    }

    @Override
    public long countOwnedBy(long agencyId) {
        return em.createQuery("select count(c) from CaseFile c where c.owningAgency.id = :agency", Long.class)
                .setParameter("agency", agencyId).getSingleResult();
    }

    @Override
    public List<CaseFile> casesOfVictim(long victimId) {
        return em.createQuery("select c from CaseFile c join c.victims v where v.id = :victim and c.voided = false",
                CaseFile.class).setParameter("victim", victimId).getResultList();
    }

    @Override
    public Optional<CaseFile> caseOfEntry(String entity, long entryId) {
        String jpql = switch (entity) {
            case "case_event" -> "select e.caseFile from TraffickingEvent e where e.id = :id";
            case "support_plan" -> "select p.caseFile from SupportPlan p where p.id = :id";
            case "perpetrator" -> "select c from CaseFile c join c.perpetrators p where p.id = :id";
            default -> throw new IllegalArgumentException("not a case entry: " + entity);
        };
        return em.createQuery(jpql, CaseFile.class).setParameter("id", entryId).getResultStream().findFirst();
    }
}
