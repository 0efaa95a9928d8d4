package org.casebridge.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import org.casebridge.domain.model.statistics.AgeBand;
import org.casebridge.domain.model.statistics.Dimension;
import org.casebridge.domain.model.statistics.StatisticsScope;
import org.casebridge.domain.model.statistics.Subject;

/**
 * The SQL of the statistics' raw values, one place for the live counts ({@link JpaStatisticsRepository}) and
 * the refresh of the kept counts ({@link StatisticsCells}), so both read every record with the same
 * expressions: the table(s) a subject is counted from, the records counted (and the scope's condition,
 * parameter {@code ?1}), and each dimension's raw value.
 */
final class StatisticsSql {

    private StatisticsSql() {
    }

    static String from(Subject subject, boolean exploitation) {
        return switch (subject) {
            case VICTIMS -> "from case_victim cv join case_file c on c.id = cv.case_id join victim v on v.id = cv.victim_id"
                    + " join country co on co.id = c.country_id"
                    + (exploitation ? " left join case_exploitation x on x.case_id = c.id" : "");
            case REFERRALS -> "from referral r";
            case COOPERATION -> "from cooperation_request q";
        };
    }

    static String where(Subject subject, StatisticsScope scope) {
        return switch (subject) {
            case VICTIMS -> " where c.voided = false and v.voided = false" + switch (scope.kind()) {
                case ALL_COUNTRIES -> "";
                case COUNTRY -> " and c.country_id = ?1";
                case AGENCY -> " and c.owning_agency_id = ?1";
            };
            case REFERRALS -> " where r.voided = false and r.status <> 'DRAFT'" + switch (scope.kind()) {
                case ALL_COUNTRIES -> "";
                case COUNTRY -> " and r.sending_country = ?1";
                case AGENCY -> " and r.sending_agency_id = ?1";
            };
            case COOPERATION -> " where q.voided = false and q.status <> 'DRAFT'" + switch (scope.kind()) {
                case ALL_COUNTRIES -> "";
                case COUNTRY -> " and (q.requesting_country = ?1 or q.requested_country = ?1)";
                case AGENCY -> " and q.case_id in (select a.id from case_file a where a.owning_agency_id = ?1)";
            };
        };
    }

    /** The value of the scope's parameter {@code ?1}, null when the scope has none (every country). */
    static Object parameter(StatisticsScope scope, Subject subject) {
        return switch (scope.kind()) {
            case ALL_COUNTRIES -> null;
            case COUNTRY -> subject == Subject.VICTIMS ? (Object) scope.countryId() : scope.countryCode();
            case AGENCY -> scope.agencyId();
        };
    }

    /**
     * The live count of {@code subject} in {@code scope} grouped by the raw values of {@code dimensions}: one
     * {@code GROUP BY} over a derived table, so that the same SQL runs on H2 and PostgreSQL; the columns are
     * the raw values in the order asked, then the count. The scope's parameter is {@code ?1}.
     */
    static String live(Subject subject, StatisticsScope scope, List<Dimension> dimensions) {
        StringBuilder inner = new StringBuilder("select ");
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            inner.append(expression(subject, dimensions.get(i))).append(" as d").append(i).append(", ");
            aliases.add("d" + i);
        }
        inner.append("1 as one ").append(from(subject, dimensions.contains(Dimension.EXPLOITATION))).append(where(subject, scope));
        return aliases.isEmpty() ? "select count(*) from (" + inner + ") t"
                : "select " + String.join(", ", aliases) + ", count(*) from (" + inner + ") t group by " + String.join(", ", aliases);
    }

    static String expression(Subject subject, Dimension d) {
        return switch (subject) {
            case VICTIMS -> switch (d) {
                case YEAR -> "extract(year from c.identification_date)";
                case COUNTRY -> "co.code";
                case EXPLOITATION_COUNTRY -> "(select min(e.country_code) from case_event e where e.case_id = c.id"
                        + " and e.type = 'EXPLOITATION' and e.voided = false)";
                case EXPLOITATION -> "x.type";
                case GENDER -> "v.gender";
                case AGE_BAND -> ageBand();
                case CITIZENSHIP -> "v.citizenships";
                case INDUSTRY -> "c.forced_labour_industry";
                case CONTROL -> "c.methods_of_control";
                default -> throw new IllegalArgumentException(d.key());
            };
            case REFERRALS -> switch (d) {
                case YEAR -> "extract(year from r.sent_at)";
                case COUNTRY -> "r.sending_country";
                case SERVICE -> "r.services";
                case OUTCOME -> "r.status";
                default -> throw new IllegalArgumentException(d.key());
            };
            case COOPERATION -> switch (d) {
                case YEAR -> "extract(year from q.sent_at)";
                case COUNTRY -> "q.requesting_country";
                case COUNTERPART -> "q.requested_country";
                case TIMELINESS -> "case when q.acknowledged_at is not null and q.acknowledged_at <= q.acknowledge_by then 'ON_TIME'"
                        + " when q.acknowledged_at is not null then 'LATE'"
                        + " when q.acknowledge_by < current_timestamp then 'OVERDUE' else 'PENDING' end";
                default -> throw new IllegalArgumentException(d.key());
            };
        };
    }

    /** The victim's age at the case's identification (from the birth date, else the estimate) as a CTDC band. */
    static String ageBand() {
        String ident = "c.identification_date";
        String age = "(case when v.birth_date is not null then extract(year from " + ident + ") - extract(year from v.birth_date)"
                + " - case when extract(month from " + ident + ") * 100 + extract(day from " + ident + ")"
                + " < extract(month from v.birth_date) * 100 + extract(day from v.birth_date) then 1 else 0 end"
                + " when v.estimated_age is not null then v.estimated_age + extract(year from " + ident + ")"
                + " - extract(year from coalesce(v.estimated_age_on, " + ident + ")) end)";
        StringBuilder sql = new StringBuilder("case");
        for (AgeBand band : AgeBand.values()) {
            sql.append(" when ").append(age).append(" <= ").append(band.to()).append(" then '").append(band.name()).append("'");
        }
        return sql.append(" end").toString();
    }
}
