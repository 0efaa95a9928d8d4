package org.casebridge.application.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.application.Caller;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.casefile.CaseAccess;
import org.casebridge.application.cooperation.CooperationAccess;
import org.casebridge.application.dashboard.view.AdminHome;
import org.casebridge.application.dashboard.view.Anomaly;
import org.casebridge.application.dashboard.view.AnomalyRule;
import org.casebridge.application.dashboard.view.CaseworkerHome;
import org.casebridge.application.dashboard.view.Dashboard;
import org.casebridge.application.dashboard.view.Figure;
import org.casebridge.application.dashboard.view.MonthCount;
import org.casebridge.application.dashboard.view.PartnerHome;
import org.casebridge.application.dashboard.view.StageRisk;
import org.casebridge.application.dashboard.view.SupervisorHome;
import org.casebridge.application.notification.view.NotificationView;
import org.casebridge.application.referral.ReferralAccess;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.domain.model.cooperation.RequestScope;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.WaitingCounts;
import org.casebridge.domain.model.dashboard.DashboardCounts;
import org.casebridge.domain.model.dashboard.ReadBurstRule;
import org.casebridge.domain.model.dashboard.WeeklyReads;
import org.casebridge.domain.model.notification.NotificationRepository;
import org.casebridge.domain.model.referral.ReferralCounts;
import org.casebridge.domain.model.referral.ReferralRepository;
import org.casebridge.domain.model.referral.ReferralStatus;

/**
 * The caller's home page as figures, for the screen and {@code GET /api/dashboard} alike. Every count is one
 * query in the database within the caller's access: the case figures through the case list's own scope and
 * filters (so that a figure and the list it links to agree), the referral and request figures through their
 * lists' scopes, the anomalies over the audit trail of the supervisor's own country. An administrator gets
 * account and audit figures only, never a count of cases; an analyst a pointer to the statistics.
 */
@Stateless
@AuditedService
public class DashboardService {

    public static final String RECORD = "dashboard";
    static final int MONTHS = 24;
    static final int RECENT_NOTIFICATIONS = 5;
    private static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP);

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    CaseAccess caseAccess;

    @Inject
    ReferralAccess referralAccess;

    @Inject
    CooperationAccess cooperationAccess;

    @Inject
    CaseRepository cases;

    @Inject
    ReferralRepository referrals;

    @Inject
    CooperationRepository requests;

    @Inject
    NotificationRepository notifications;

    @Inject
    DashboardCounts counts;

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    /** The caller's own home page. Audited as a VIEW of the dashboard naming the sections shown and the notifications listed. */
    public Dashboard mine() {
        UserAccount me = caller.require();
        Instant now = clock.instant();
        List<String> sections = new ArrayList<>();
        CaseworkerHome caseworker = null;
        if (me.hasRole(Role.CASEWORKER) && me.countryCode() != null) {
            caseworker = caseworker(me, now);
            sections.add("caseworker");
        }
        SupervisorHome supervisor = null;
        if (me.hasRole(Role.SUPERVISOR) && me.countryCode() != null) {
            supervisor = supervisor(me, now);
            sections.add("supervisor");
        }
        PartnerHome partner = null;
        if (referralAccess.partnerOnly(me)) {
            partner = partner(me, now);
            sections.add("partner");
        }
        AdminHome admin = null;
        if (me.hasRole(Role.ADMIN)) {
            admin = admin(now);
            sections.add("admin");
        }
        boolean analyst = me.hasRole(Role.ANALYST);
        if (analyst) {
            sections.add("analyst");
        }
        List<Long> shown = caseworker == null ? List.of()
                : caseworker.recentNotifications().stream().map(NotificationView::id).toList();
        audit.record(AuditEvent.list(AuditAction.VIEW, RECORD, shown,
                "sections=" + (sections.isEmpty() ? "none" : String.join(",", sections))));
        List<String> roles = Arrays.stream(Role.values()).filter(me::hasRole).map(Role::roleName).toList();
        return new Dashboard(me.getUsername().value(), roles, now, caseworker, supervisor, partner, admin, analyst);
    }

    private CaseworkerHome caseworker(UserAccount me, Instant now) {
        CaseScope scope = caseAccess.scope(me);
        CaseQuery myOpen = new CaseQuery(null, null, OPEN, null, null, null, null, me.getId(), null, null, false, null, false);
        List<Figure> byStage = new ArrayList<>();
        counts.casesByStage(scope, myOpen).forEach((stage, n) -> byStage.add(cases("stage." + stage.name(), n,
                "mine", "true", "open", "true", "stage", stage.name())));
        List<Figure> work = new ArrayList<>();
        CaseQuery mine = CaseQuery.all().assignedTo(me.getId());
        work.add(cases("reviewsOverdue", cases.count(scope, overdue(mine)), "mine", "true", "overdue", "true"));
        work.add(cases("reviewsDueSoon", cases.count(scope, work(mine, new CaseQuery.Work(null, true, false, false))),
                "mine", "true", "reviewSoon", "true"));
        work.add(cases("plansDue", cases.count(scope, work(mine, new CaseQuery.Work(null, false, true, false))),
                "mine", "true", "plansDue", "true"));
        ReferralCounts mineReferrals = referrals.countByStatus(referralAccess.scope(me),
                EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.SENT), now);
        work.add(referrals("referralDrafts", mineReferrals.of(ReferralStatus.DRAFT), "status", "DRAFT"));
        work.add(referrals("referralsAwaiting", mineReferrals.of(ReferralStatus.SENT), "status", "SENT"));
        work.add(referrals("referralsOverdue", mineReferrals.overdue(), "overdue", "true"));
        List<Figure> cooperation = me.hasRole(Role.FOCAL_POINT) ? cooperation(me, now) : List.of();
        List<NotificationView> recent = notifications.page(me.getId(), null, RECENT_NOTIFICATIONS).stream()
                .map(NotificationView::of).toList();
        return new CaseworkerHome(byStage, work, cooperation, recent);
    }

    private SupervisorHome supervisor(UserAccount me, Instant now) {
        CaseScope scope = caseAccess.scope(me);
        CaseQuery open = new CaseQuery(null, null, OPEN, null, null, null, null, null, null, null, false, null, false);
        List<StageRisk> byStageAndRisk = new ArrayList<>();
        Map<RiskLevel, Long> riskTotals = new LinkedHashMap<>();
        counts.casesByStageAndRisk(scope, open).forEach((stage, byRisk) -> {
            List<Figure> row = new ArrayList<>();
            long total = 0;
            for (Map.Entry<RiskLevel, Long> e : byRisk.entrySet()) {
                row.add(cases("risk." + e.getKey().name(), e.getValue(), "open", "true", "stage", stage.name(),
                        "level", e.getKey().name()));
                total += e.getValue();
                riskTotals.merge(e.getKey(), e.getValue(), Long::sum);
            }
            byStageAndRisk.add(new StageRisk(cases("stage." + stage.name(), total, "open", "true", "stage", stage.name()), row));
        });
        List<Figure> byRisk = new ArrayList<>();
        riskTotals.forEach((risk, n) -> byRisk.add(cases("risk." + risk.name(), n, "open", "true", "level", risk.name())));

        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1L);
        Map<YearMonth, Long> perMonth = counts.casesByMonth(scope, first.atDay(1));
        List<MonthCount> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth m = first.plusMonths(i);
            months.add(new MonthCount(m.toString(), cases("month." + m, perMonth.getOrDefault(m, 0L),
                    "from", m.atDay(1).toString(), "to", m.atEndOfMonth().toString())));
        }

        List<Figure> work = new ArrayList<>();
        work.add(cases("closuresPending", cases.count(scope, work(CaseQuery.all(), new CaseQuery.Work(null, false, false, true))),
                "closurePending", "true"));
        work.add(cases("reviewsOverdue", cases.count(scope, overdue(CaseQuery.all())), "overdue", "true"));
        ReferralCounts sent = referrals.countByStatus(referralAccess.scope(me), EnumSet.of(ReferralStatus.SENT), now);
        work.add(referrals("referralsAwaiting", sent.of(ReferralStatus.SENT), "status", "SENT"));
        work.add(referrals("referralsOverdue", sent.overdue(), "overdue", "true"));

        AnomalyRule rule = new AnomalyRule(CaseAccess.VICTIM, ReadBurstRule.FACTOR, ReadBurstRule.MIN_READS,
                ReadBurstRule.BASELINE_WEEKS);
        String from = LocalDate.ofInstant(now.minus(Duration.ofDays(7)), ZoneOffset.UTC).toString();
        List<Anomaly> anomalies = new ArrayList<>();
        for (WeeklyReads r : counts.weeklyReads(me.countryCode(), CaseAccess.VICTIM, now, ReadBurstRule.BASELINE_WEEKS + 1)) {
            if (ReadBurstRule.flags(r.recent(), r.baseline())) {
                anomalies.add(new Anomaly(r.username(), ReadBurstRule.median(r.baseline()), new Figure("victimReads",
                        r.recent(), "audit", filter("user", r.username(), "type", CaseAccess.VICTIM, "action", "VIEW",
                                "from", from))));
            }
        }
        anomalies.sort(Comparator.comparingLong((Anomaly a) -> a.recentReads().value()).reversed()
                .thenComparing(Anomaly::username));
        return new SupervisorHome(me.countryCode(), byStageAndRisk, byRisk, months, work, cooperation(me, now), rule,
                anomalies);
    }

    private List<Figure> cooperation(UserAccount me, Instant now) {
        RequestScope scope = cooperationAccess.scope(me);
        // two grouped counts, one per direction, instead of four counts
        WaitingCounts incoming = requests.waiting(scope, RequestQuery.Direction.INCOMING, now);
        WaitingCounts outgoing = requests.waiting(scope, RequestQuery.Direction.OUTGOING, now);
        List<Figure> figures = new ArrayList<>();
        figures.add(request("incomingToAcknowledge", incoming.sent(), RequestQuery.Direction.INCOMING, RequestStatus.SENT, false));
        figures.add(request("incomingToAnswer", incoming.acknowledged(), RequestQuery.Direction.INCOMING,
                RequestStatus.ACKNOWLEDGED, false));
        figures.add(request("incomingOverdue", incoming.overdue(), RequestQuery.Direction.INCOMING, null, true));
        figures.add(request("outgoingOverdue", outgoing.overdue(), RequestQuery.Direction.OUTGOING, null, true));
        return figures;
    }

    private PartnerHome partner(UserAccount me, Instant now) {
        List<ReferralStatus> shown = List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED,
                ReferralStatus.COMPLETED, ReferralStatus.REVOKED);
        ReferralCounts inbox = referrals.countByStatus(referralAccess.scope(me), EnumSet.copyOf(shown), now);
        List<Figure> byStatus = new ArrayList<>();
        for (ReferralStatus s : shown) {
            byStatus.add(referrals("status." + s.name(), inbox.of(s), "status", s.name()));
        }
        return new PartnerHome(byStatus, referrals("referralsOverdue", inbox.overdue(), "overdue", "true"));
    }

    private AdminHome admin(Instant now) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("accounts", counts.accounts(), "users", Map.of()));
        figures.add(new Figure("enabledAccounts", counts.enabledAccounts(), "users", Map.of()));
        figures.add(new Figure("lockedAccounts", counts.lockedAccounts(now), "security", Map.of()));
        figures.add(new Figure("failedLogins24h", counts.failedLogins(now.minus(Duration.ofHours(24))), "security", Map.of()));
        figures.add(new Figure("failedLogins7d", counts.failedLogins(now.minus(Duration.ofDays(7))), "security", Map.of()));
        Instant latest = log.latestCheckpoints(1).stream().findFirst().map(AuditCheckpoint::getCreatedAt).orElse(null);
        return new AdminHome(figures, latest, latest == null ? null : Math.max(0, latest.until(now, ChronoUnit.MINUTES)));
    }

    private static CaseQuery overdue(CaseQuery q) {
        return new CaseQuery(q.quickSearch(), q.numberPart(), q.statuses(), q.stage(), q.riskAtLeast(), q.exploitationType(),
                q.countryCode(), q.assignedToId(), q.identifiedFrom(), q.identifiedTo(), true, q.sort(), q.ascending(), q.work());
    }

    private static CaseQuery work(CaseQuery q, CaseQuery.Work work) {
        return new CaseQuery(q.quickSearch(), q.numberPart(), q.statuses(), q.stage(), q.riskAtLeast(), q.exploitationType(),
                q.countryCode(), q.assignedToId(), q.identifiedFrom(), q.identifiedTo(), q.overdueOnly(), q.sort(),
                q.ascending(), work);
    }

    private static Figure referrals(String key, long n, String... filter) {
        return new Figure(key, n, "referrals", filter(filter));
    }

    private static Figure request(String key, long n, RequestQuery.Direction direction, RequestStatus status, boolean overdue) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("direction", direction.name());
        if (status != null) {
            f.put("status", status.name());
        }
        if (overdue) {
            f.put("overdue", "true");
        }
        return new Figure(key, n, "cooperation", f);
    }

    private static Figure cases(String key, long n, String... filter) {
        return new Figure(key, n, "cases", filter(filter));
    }

    private static Map<String, String> filter(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
