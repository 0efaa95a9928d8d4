package org.casebridge.application.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.application.casefile.ActingCaller;
import org.casebridge.application.casefile.CaseIntakeService;
import org.casebridge.application.casefile.CaseIntakeService.Intake;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.cooperation.CooperationSendingService.NewRequest;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.cooperation.Deadline;
import org.casebridge.domain.model.cooperation.ExtractChoice;
import org.casebridge.domain.model.cooperation.ExtractField;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.VictimDetails;
import org.casebridge.it.CooperationMatrix;
import org.casebridge.it.CooperationMatrix.Action;
import org.casebridge.it.CooperationMatrix.Before;
import org.casebridge.it.CooperationMatrix.Outcome;
import org.casebridge.it.CooperationMatrix.Relation;
import org.casebridge.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cooperation access table ({@link CooperationMatrix}) against the services the screens call and
 * {@link CooperationAccess} itself, inside Payara Micro on the configured database: every relation to a
 * request times every action. Allowed actions succeed on a fresh request; refusals are
 * {@link RecordNotFoundException} (404) or {@link AccessDeniedException} (403), change nothing, and
 * leave a DENIED entry naming the request and the country whose supervisors should see it. Also here,
 * because it needs two callers at the same instant: a passed deadline is escalated once when two nodes
 * sweep at the same time.
 */
@ExtendWith(ArquillianExtension.class)
class CooperationAccessMatrixIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.casebridge(CooperationAccessMatrixIT.class, ActingCaller.class, CooperationMatrix.class,
                Relation.class, Action.class, Before.class, Outcome.class, Fixture.class);
    }

    @Inject
    CooperationQueryService queries;

    @Inject
    CooperationSendingService sending;

    @Inject
    CooperationAnswerService answers;

    @Inject
    CooperationThreadService thread;

    @Inject
    CooperationEscalations escalations;

    @Inject
    CaseIntakeService intake;

    record Fixture(long id, Long attachment) {
    }

    @Test
    void everyRelationToARequestMayDoExactlyWhatTheTableAllows() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Relation relation : Relation.values()) {
            String user = relation.user();
            Map<Before, Fixture> shared = new EnumMap<>(Before.class);
            for (Action action : Action.values()) {
                Outcome expected = CooperationMatrix.expected(relation, action);
                Fixture f = expected == Outcome.ALLOWED ? fixture(action.before()) : shared.computeIfAbsent(action.before(), this::unchecked);
                long versionBefore = version(f.id());
                long deniedBefore = denied(user, f.id(), relation.deniedCountry());
                Outcome actual = outcome(user, () -> perform(action, f));
                String cell = relation + " " + action + ": ";
                if (action == Action.LIST) {
                    if (actual == Outcome.ALLOWED) {
                        actual = ActingCaller.as(user, () -> listed(f.id())) ? Outcome.ALLOWED : Outcome.NOT_FOUND;
                    }
                    if (actual != expected) {
                        failures.add(cell + "expected " + expected + " but was " + actual + " (NOT_FOUND: not listed)");
                    }
                    continue;
                }
                if (actual != expected) {
                    failures.add(cell + "expected " + expected + " but was " + actual);
                }
                if (expected != Outcome.ALLOWED) {
                    if (denied(user, f.id(), relation.deniedCountry()) <= deniedBefore) {
                        failures.add(cell + "no DENIED entry naming request " + f.id() + " and country " + relation.deniedCountry());
                    }
                    if (version(f.id()) != versionBefore) {
                        failures.add(cell + "a refused action changed the request");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aPassedDeadlineIsEscalatedOnceWhenTwoNodesSweepAtTheSameMoment() throws Exception {
        long id = fixture(Before.SENT).id();
        Instant later = Instant.now().plus(java.time.Duration.ofDays(400));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Set<Deadline>>> sweeps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sweeps.add(nodes.submit(() -> {
                    start.await();
                    return escalations.escalate(id, later);
                }));
            }
            start.countDown();
            Set<Deadline> all = EnumSet.noneOf(Deadline.class);
            int escalatedByBoth = 0;
            for (Future<Set<Deadline>> s : sweeps) {
                Set<Deadline> mine = s.get();
                escalatedByBoth += mine.size();
                all.addAll(mine);
            }
            assertEquals(EnumSet.allOf(Deadline.class), all, "both passed deadlines escalated");
            assertEquals(2, escalatedByBoth, "each deadline by one node only");
        } finally {
            nodes.shutdownNow();
        }
        assertTrue(escalations.escalate(id, later.plusSeconds(60)).isEmpty(), "not again on a later sweep or after a restart");
        assertEquals(2, count("select count(*) from audit_entry where record_type = 'cooperation_request' and record_id = ?"
                + " and detail like '%overdue, escalated%' and record_country = 'BS'", Long.toString(id)), "two audit entries");
        assertEquals(2, count("select count(*) from notification n join user_account u on u.id = n.recipient_id"
                + " where n.record_id = ? and n.kind like 'COOPERATION_%_OVERDUE' and u.username = 'sup-bs'", id),
                "the requested country's supervisor is told of each deadline once");
        assertEquals(0, count("select count(*) from notification n join user_account u on u.id = n.recipient_id"
                + " where n.record_id = ? and n.kind like 'COOPERATION_%_OVERDUE' and u.username in ('sup-jm', 'sup-tt')", id),
                "no other country's supervisor");
        assertTrue(ActingCaller.as("fp-jm", () -> queries.read(id)).version() == version(id), "the request's version is untouched");
    }

    private Fixture unchecked(Before before) {
        try {
            return fixture(before);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Fixture fixture(Before before) throws Exception {
        CaseSheet c = ActingCaller.as("fp-jm", () -> intake.open(new Intake(details("coop-matrix-" + UUID.randomUUID()),
                victim(), List.of())));
        long id = ActingCaller.as("fp-jm", () -> sending.create(new NewRequest(c.id(), "BS", RequestType.FAMILY_TRACING,
                Priority.URGENT, "Memorandum of understanding, 2019", "Trace the family",
                new ExtractChoice(EnumSet.of(ExtractField.CASE_NUMBER, ExtractField.EXPLOITATION), null), null,
                before == Before.DRAFT))).id();
        if (before == Before.ACKNOWLEDGED || before == Before.ANSWERED) {
            ActingCaller.as("fp-bs", () -> answers.acknowledge(id, version(id)));
        }
        if (before == Before.ANSWERED) {
            ActingCaller.as("fp-bs", () -> answers.answer(id, version(id), "Found."));
        }
        Long attachment = null;
        if (before == Before.ATTACHED) {
            long message = ActingCaller.as("fp-jm", () -> thread.post(id, "Copy attached.")).id();
            attachment = ActingCaller.as("fp-jm", () -> thread.attach(id, message, "copy.pdf", PDF)).id();
        }
        return new Fixture(id, attachment);
    }

    private Object perform(Action action, Fixture f) throws Exception {
        long id = f.id();
        return switch (action) {
            case LIST -> queries.list(RequestQuery.all(), null, 200);
            case READ, READ_DRAFT, THREAD -> queries.read(id);
            case DOWNLOAD -> thread.download(id, f.attachment());
            case SEND -> sending.send(id, version(id));
            case DISCARD -> sending.discard(id, version(id), "Opened by mistake");
            case SHARING_BASIS -> sending.recordSharingBasis(id, version(id), "Law-enforcement cooperation under the 2019 treaty");
            case ACKNOWLEDGE -> answers.acknowledge(id, version(id));
            case ANSWER -> answers.answer(id, version(id), "Found.");
            case REFUSE -> answers.refuse(id, version(id), "Outside our remit");
            case WITHDRAW -> sending.withdraw(id, version(id), "Resolved at home");
            case CLOSE -> sending.close(id, version(id));
            case FOLLOW_UP -> sending.followUp(id, version(id), "And the father?");
            case POST_MESSAGE -> thread.post(id, "A question.");
        };
    }

    private static Outcome outcome(String user, Callable<?> call) throws Exception {
        try {
            ActingCaller.as(user, call);
            return Outcome.ALLOWED;
        } catch (RecordNotFoundException e) {
            return Outcome.NOT_FOUND;
        } catch (AccessDeniedException e) {
            return Outcome.FORBIDDEN;
        }
    }

    private boolean listed(long id) {
        return queries.list(RequestQuery.all(), null, 200).items().stream().anyMatch(r -> r.id() == id);
    }

    /** The request's version as the requesting focal point reads it. */
    private long version(long id) throws Exception {
        RequestSheet s = ActingCaller.as("fp-jm", () -> queries.read(id));
        return s.version();
    }

    private static CaseDetails details(String place) {
        return new CaseDetails(CaseStage.IDENTIFICATION, RiskLevel.HIGH, LocalDate.now().minusDays(10), place,
                EnumSet.of(ExploitationType.FORCED_LABOUR), null, ForcedLabourIndustry.A, null, null, null, null, null);
    }

    private static VictimDetails victim() {
        return new VictimDetails("Testgiven", "Testfamily", "matrix", Gender.FEMININE, LocalDate.now().minusYears(30), null,
                Set.of("JM"), Set.of("en"), TraffickingStatus.POSSIBLE, null, null, null, null, null, null, null);
    }

    private static long denied(String user, long id, String country) throws Exception {
        return count("select count(*) from audit_entry where outcome = 'DENIED' and username = ? and record_type = 'cooperation_request'"
                + " and record_id = ? and record_country = ?", user, Long.toString(id), country);
    }

    private static long count(String sql, Object... params) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/casebridge");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
