package org.casebridge.application.cooperation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.cooperation.view.RequestPage;
import org.casebridge.application.cooperation.view.RequestRow;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.application.cooperation.view.TimingRow;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.cooperation.CooperationMessage;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.domain.model.cooperation.RequestScope;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Reading cooperation requests, for screens and REST alike: the outgoing and incoming lists, one
 * request with its thread (the other country's messages become read), and the timing figures per
 * counterpart. Every read is audited, with the ids shown.
 */
@Stateless
@AuditedService
public class CooperationQueryService {

    private static final String REQUEST = CooperationAccess.REQUEST;
    /** The longest period the timing figures cover. */
    public static final int TIMING_DAYS_MAX = 5 * 366;

    @Inject
    CooperationAccess access;

    @Inject
    CooperationChanges changes;

    @Inject
    CooperationRepository requests;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    org.casebridge.application.export.Exports exports;

    /** A page of the requests the caller may list, newest first. A case filter lists the caller's country's own requests only. */
    public RequestPage list(RequestQuery query, Long afterId, int size) {
        UserAccount user = access.cooperationUser();
        RequestScope scope = access.scope(user);
        RequestQuery q = listed(query);
        Instant now = clock.instant();
        List<CooperationRequest> items = requests.search(scope, q, afterId, size, now);
        long total = requests.count(scope, q, now);
        String next = items.size() == size ? Long.toString(items.get(items.size() - 1).getId()) : null;
        audit.record(AuditEvent.list(AuditAction.LIST, REQUEST, items.stream().map(CooperationRequest::getId).toList(), null));
        return new RequestPage(items.stream().map(r -> RequestRow.of(r, user.countryCode(), now)).toList(), total, next);
    }

    /**
     * The whole list with the same filters and rows as {@link #list}, for a download: refused above
     * {@code casebridge.download.max-rows} rows, audited as an EXPORT with the ids of every request in it.
     */
    public List<RequestRow> export(RequestQuery query) {
        UserAccount user = access.cooperationUser();
        RequestQuery q = listed(query);
        Instant now = clock.instant();
        List<CooperationRequest> items = exports.withinLimit(requests.search(access.scope(user), q, null,
                exports.rowsToRead(), now));
        exports.record(REQUEST, items.stream().map(CooperationRequest::getId).toList(), "xlsx", null);
        return items.stream().map(r -> RequestRow.of(r, user.countryCode(), now)).toList();
    }

    /** The query as the list applies it: a case filter lists the caller's country's own (outgoing) requests only. */
    static RequestQuery listed(RequestQuery query) {
        return query.caseId() == null ? query : new RequestQuery(Direction.OUTGOING, query.statuses(),
                query.counterpart(), query.types(), query.overdueOnly(), query.caseId());
    }

    /** One request with its thread; the other country's unread messages become read by the caller. */
    public RequestSheet read(long id) {
        CooperationGrant g = access.requestFor(id, CooperationAction.READ);
        Instant now = clock.instant();
        for (CooperationMessage m : requests.messages(id)) {
            m.readBy(g.username(), g.userCountry(), now);
        }
        audit.record(AuditEvent.view(REQUEST, id, g.country()).detail(g.rights().requestedSide() ? "requested side" : null));
        return changes.sheet(g.user(), g.request());
    }

    /** The timing figures of the caller's country per counterpart, for requests sent from {@code from} to {@code to} (days, inclusive). */
    public List<TimingRow> timings(LocalDate from, LocalDate to) {
        UserAccount user = access.cooperationUser();
        if (from == null || to == null || to.isBefore(from) || from.plusDays(TIMING_DAYS_MAX).isBefore(to)) {
            throw ValidationException.of("from", "error.cooperation.timingPeriod", TIMING_DAYS_MAX);
        }
        String own = user.countryCode();
        List<CooperationRequest> sent = requests.sentBetween(own, from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<String, List<CooperationRequest>> groups = new TreeMap<>();
        for (CooperationRequest r : sent) {
            boolean outgoing = r.getRequestingCountry().equals(own);
            String counterpart = outgoing ? r.getRequestedCountry() : r.getRequestingCountry();
            groups.computeIfAbsent(counterpart + (outgoing ? "|OUTGOING" : "|INCOMING"), k -> new ArrayList<>()).add(r);
        }
        List<TimingRow> rows = groups.entrySet().stream().map(e -> timing(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(TimingRow::counterpart).thenComparing(TimingRow::direction)).toList();
        audit.record(AuditEvent.list(AuditAction.LIST, REQUEST, sent.stream().map(CooperationRequest::getId).toList(), "timings"));
        return rows;
    }

    private static TimingRow timing(String key, List<CooperationRequest> group) {
        String[] parts = key.split("\\|");
        List<Double> ackHours = new ArrayList<>();
        List<Double> answerHours = new ArrayList<>();
        int ackOnTime = 0;
        int answerOnTime = 0;
        for (CooperationRequest r : group) {
            if (r.getAcknowledgedAt() != null) {
                ackHours.add(hours(r.getSentAt(), r.getAcknowledgedAt()));
                ackOnTime += r.getAcknowledgedAt().isAfter(r.getAcknowledgeBy()) ? 0 : 1;
            }
            if (r.getFirstAnsweredAt() != null) {
                answerHours.add(hours(r.getSentAt(), r.getFirstAnsweredAt()));
                answerOnTime += r.getFirstAnsweredAt().isAfter(r.getFirstAnswerBy()) ? 0 : 1;
            }
        }
        return new TimingRow(parts[0], Direction.valueOf(parts[1]), group.size(), ackHours.size(), median(ackHours),
                share(ackOnTime, ackHours.size()), answerHours.size(), median(answerHours), share(answerOnTime, answerHours.size()));
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes() / 60.0;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Double share(int onTime, int of) {
        return of == 0 ? null : (double) onTime / of;
    }
}
