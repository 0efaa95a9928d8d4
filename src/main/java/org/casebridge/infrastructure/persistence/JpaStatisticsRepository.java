package org.casebridge.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.casebridge.domain.model.statistics.Dimension;
import org.casebridge.domain.model.statistics.StatisticsRepository;
import org.casebridge.domain.model.statistics.StatisticsScope;
import org.casebridge.domain.model.statistics.Subject;

/**
 * Statistics counted in the database: one native GROUP BY per table over the raw value of each
 * dimension, under the scope's WHERE clause; no entity is loaded. The grouping runs over a derived
 * table ({@code select d0, d1, count(*) from (select ... as d0, ... as d1 ...) t group by d0, d1}) so
 * the same SQL runs on H2 and PostgreSQL. Multi-valued dimensions kept in a comma-separated column are
 * grouped by the whole list and split by the caller; forms of exploitation (a table of their own) are
 * joined, one row per form. The same counts kept ahead of the question, their refresh and the sums over
 * them: {@link StatisticsCells}.
 */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Override
    public List<Group> count(Subject subject, StatisticsScope scope, List<Dimension> dimensions, LocalDate today) {
        String sql = StatisticsSql.live(subject, scope, dimensions);
        int columns = dimensions.size();
        Query q = em.createNativeQuery(sql);
        Object parameter = StatisticsSql.parameter(scope, subject);
        if (parameter != null) {
            q.setParameter(1, parameter);
        }
        List<Group> groups = new ArrayList<>();
        for (Object row : q.getResultList()) {
            if (columns == 0) {
                groups.add(new Group(List.of(), ((Number) row).longValue()));
                continue;
            }
            Object[] cols = (Object[]) row;
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                values.add(text(cols[i]));
            }
            groups.add(new Group(values, ((Number) cols[columns]).longValue()));
        }
        return groups;
    }

    @Override
    public List<String> countryCodes() {
        List<?> rows = em.createNativeQuery("select code from country where participating = true order by code").getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    @Override
    public Optional<Snapshot> latest() {
        try (Connection c = dataSource.getConnection()) {
            return StatisticsCells.latest(c);
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    @Override
    public List<Group> count(Snapshot snapshot, Subject subject, StatisticsScope scope, List<Dimension> dimensions) {
        try (Connection c = dataSource.getConnection()) {
            return StatisticsCells.count(c, snapshot, subject, scope, dimensions);
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    @Override
    public Snapshot refresh() {
        try (Connection c = dataSource.getConnection()) {
            return StatisticsCells.refresh(c, clock.instant());
        } catch (SQLException e) {
            throw failed("refresh", e);
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("Statistics " + what + " failed: SQL state " + e.getSQLState(), e);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return value.toString();
    }

}
