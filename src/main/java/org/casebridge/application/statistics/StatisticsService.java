package org.casebridge.application.statistics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.statistics.view.StatisticsTable;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.statistics.Dimension;
import org.casebridge.domain.model.statistics.MarginalCounts;
import org.casebridge.domain.model.statistics.PublishedTable;
import org.casebridge.domain.model.statistics.SmallCellProtection;
import org.casebridge.domain.model.statistics.StatisticsQuery;
import org.casebridge.domain.model.statistics.StatisticsRepository;
import org.casebridge.domain.model.statistics.StatisticsScope;
import org.casebridge.domain.model.statistics.StatisticsTables;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Regional statistics for screens and REST alike: the caller's scope from {@link StatisticsAccess},
 * counts grouped in the database, the answer read from the protected family of tables
 * ({@link StatisticsTables}: every count below {@code casebridge.statistics.k} suppressed, with
 * complementary suppression), and one audit entry naming the question (never a record).
 */
@Stateless
@AuditedService
public class StatisticsService {

    @Inject
    StatisticsAccess access;

    @Inject
    StatisticsRepository statistics;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "casebridge.statistics.k", defaultValue = "11")
    int k;

    /** The answer to {@code query} over the caller's scope. */
    public StatisticsTable table(StatisticsQuery query) {
        UserAccount user = access.statisticsUser();
        StatisticsScope scope = access.scope(user);
        access.checkCountry(scope, query.country());
        LocalDate today = LocalDate.now(clock);
        // one grouped read of the question's dimensions and the year gives the span of years, the table, its
        // one-way tables and its total (a second read only for totals without a joined dimension)
        Set<Dimension> finest = new LinkedHashSet<>();
        finest.add(query.rows());
        if (query.columns() != null) {
            finest.add(query.columns());
        }
        finest.add(Dimension.YEAR);
        if (query.country() != null && scope.kind() == StatisticsScope.Kind.ALL_COUNTRIES) {
            finest.add(Dimension.COUNTRY);
        }
        MarginalCounts counts = new MarginalCounts(finest, dims -> statistics.count(query.subject(), scope, dims, today));
        List<Integer> years = StatisticsTables.years(counts.years(), today.getYear());
        StatisticsTables tables = new StatisticsTables(new SmallCellProtection(threshold()), query.subject(), years,
                statistics.countryCodes(), counts);
        PublishedTable answer = tables.answer(query, scope.kind() == StatisticsScope.Kind.ALL_COUNTRIES);
        audit.record(AuditEvent.of(AuditAction.VIEW, StatisticsAccess.STATISTICS, null, scope.countryCode())
                .detail(query.describe() + " scope=" + scope.describe() + " k=" + threshold()));
        return StatisticsTable.of(answer, scope);
    }

    /** The threshold in force (at least 1). */
    @NotAudited("reads configuration only")
    public int threshold() {
        return Math.max(1, k);
    }
}
