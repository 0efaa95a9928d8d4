package org.casebridge.application.statistics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.statistics.view.StatisticsTable;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.statistics.Dimension;
import org.casebridge.domain.model.statistics.PublishedTable;
import org.casebridge.domain.model.statistics.StatisticsQuery;
import org.casebridge.domain.model.statistics.StatisticsRepository;
import org.casebridge.domain.model.statistics.StatisticsRepository.Group;
import org.casebridge.domain.model.statistics.StatisticsRepository.Snapshot;
import org.casebridge.domain.model.statistics.StatisticsScope;
import org.casebridge.domain.model.statistics.StatisticsTables;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Regional statistics for screens and REST alike: the caller's scope from {@link StatisticsAccess},
 * counts grouped in the database, the answer read from the protected family of tables
 * ({@link StatisticsTables}: every count below {@code casebridge.statistics.k} suppressed, with
 * complementary suppression), and one audit entry naming the question (never a record). The counts come
 * from the newest snapshot of the kept counts ({@link StatisticsRefresh}), "as of" its time; counted live, as
 * of now, before the first refresh or with {@code casebridge.statistics.refresh-minutes} 0. Suppression is
 * the same either way: it is decided on the counts, wherever they come from.
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

    @Inject
    @ConfigProperty(name = "casebridge.statistics.refresh-minutes", defaultValue = "60")
    long refreshMinutes;

    /** The answer to {@code query} over the caller's scope. */
    public StatisticsTable table(StatisticsQuery query) {
        UserAccount user = access.statisticsUser();
        StatisticsScope scope = access.scope(user);
        access.checkCountry(scope, query.country());
        LocalDate today = LocalDate.now(clock);
        // the counts kept by the last refresh when there are any (as of then), else counted live (as of now); one
        // grouped read of the question's dimensions and the year gives the span of years, the table, its one-way
        // tables and its total (a second read for totals without a multi-valued dimension)
        Optional<Snapshot> kept = refreshMinutes > 0 ? statistics.latest() : Optional.empty();
        Function<List<Dimension>, List<Group>> database = kept.<Function<List<Dimension>, List<Group>>>map(
                s -> dims -> statistics.count(s, query.subject(), scope, dims))
                .orElse(dims -> statistics.count(query.subject(), scope, dims, today));
        List<String> countries = kept.map(Snapshot::countryCodes).orElseGet(statistics::countryCodes);
        Instant asOf = kept.map(Snapshot::asOf).orElseGet(clock::instant);
        boolean allCountries = scope.kind() == StatisticsScope.Kind.ALL_COUNTRIES;
        StatisticsTables tables = StatisticsTables.forQuestion(query, allCountries, threshold(), today.getYear(), countries, database,
                kept.isPresent());
        PublishedTable answer = tables.answer(query, allCountries);
        audit.record(AuditEvent.of(AuditAction.VIEW, StatisticsAccess.STATISTICS, null, scope.countryCode())
                .detail(query.describe() + " scope=" + scope.describe() + " k=" + threshold()));
        return StatisticsTable.of(answer, scope, asOf);
    }

    /** The threshold in force (at least 1). */
    @NotAudited("reads configuration only")
    public int threshold() {
        return Math.max(1, k);
    }
}
