package org.casebridge.application.referral;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.application.casefile.ActingCaller;
import org.casebridge.application.casefile.CaseIntakeService;
import org.casebridge.application.casefile.CaseIntakeService.ConsentInput;
import org.casebridge.application.casefile.CaseIntakeService.Intake;
import org.casebridge.application.casefile.CaseTeamService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.referral.ReferralSendingService.NewReferral;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.casebridge.domain.model.referral.SummaryChoice;
import org.casebridge.domain.model.referral.SummaryField;
import org.casebridge.domain.model.referral.Urgency;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.VictimDetails;
import org.casebridge.it.Deployments;
import org.casebridge.it.ReferralMatrix;
import org.casebridge.it.ReferralMatrix.Action;
import org.casebridge.it.ReferralMatrix.Outcome;
import org.casebridge.it.ReferralMatrix.Relation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The referral access table ({@link ReferralMatrix}) against the referral services and
 * {@link ReferralAccess} themselves, inside Payara Micro on the configured database, the services the
 * screens call: every relation to a referral times every action. Allowed actions succeed on a fresh
 * referral; refusals are {@link RecordNotFoundException} (404) or {@link AccessDeniedException} (403),
 * change nothing, and leave a DENIED entry naming the referral and its sending country (JM).
 */
@ExtendWith(ArquillianExtension.class)
class ReferralAccessMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.casebridge(ReferralAccessMatrixIT.class, ActingCaller.class, ReferralMatrix.class,
                Relation.class, Action.class, Outcome.class);
    }

    @Inject
    ReferralQueryService queries;

    @Inject
    ReferralSendingService sending;

    @Inject
    ReferralAnswerService answers;

    @Inject
    CaseIntakeService intake;

    @Inject
    CaseTeamService team;

    @Inject
    AccountRepository accounts;

    @Inject
    AgencyRepository agencies;

    @Test
    void everyRelationToAReferralMayDoExactlyWhatTheTableAllows() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Relation relation : Relation.values()) {
            String user = relation.user();
            Map<String, Long> shared = new HashMap<>();
            for (Action action : Action.values()) {
                Outcome expected = ReferralMatrix.expected(relation, action);
                long id = expected == Outcome.ALLOWED ? fixture(action.before())
                        : shared.computeIfAbsent(action.before(), this::unchecked);
                long versionBefore = version(id);
                long deniedBefore = denied(user, id);
                Outcome actual = outcome(user, () -> perform(action, id));
                String cell = relation + " " + action + ": ";
                if (action == Action.LIST) {
                    if (actual == Outcome.ALLOWED) {
                        actual = ActingCaller.as(user, () -> listed(id)) ? Outcome.ALLOWED : Outcome.NOT_FOUND;
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
                    if (denied(user, id) <= deniedBefore) {
                        failures.add(cell + "no DENIED entry naming referral " + id + " and country JM");
                    }
                    if (version(id) != versionBefore) {
                        failures.add(cell + "a refused action changed the referral");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private long unchecked(String status) {
        try {
            return fixture(status);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case of cw1-jm (fp-jm on its team, consent to any referral) and a referral of its victim to JM-SAFEHOUSE in {@code status}. */
    private long fixture(String status) throws Exception {
        long fp = accounts.findByUsername(new Username("fp-jm")).orElseThrow().getId();
        long safehouse = agencies.agencyByCode(new AgencyCode("JM-SAFEHOUSE")).orElseThrow().getId();
        CaseSheet c = ActingCaller.as("cw1-jm", () -> intake.open(new Intake(details("referral-matrix-" + UUID.randomUUID()),
                victim(), List.of(new ConsentInput(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.ANY, null, LocalDate.now(), null)))));
        ActingCaller.as("cw1-jm", () -> team.addTeamMember(c.id(), fp));
        long id = ActingCaller.as("cw1-jm", () -> sending.create(new NewReferral(c.id(), c.victims().get(0).id(), safehouse,
                Set.of(ServiceType.SHELTER), Urgency.URGENT, "Needs a safe place",
                new SummaryChoice(EnumSet.of(SummaryField.ALIAS), "A bed", null, null), "DRAFT".equals(status)))).id();
        if ("ACCEPTED".equals(status)) {
            ActingCaller.as("partner1-jm", () -> answers.accept(id, version(id)));
        }
        return id;
    }

    private Object perform(Action action, long id) throws Exception {
        return switch (action) {
            case LIST -> queries.list(ReferralQuery.all(), null, 50);
            case READ -> queries.read(id);
            case SEND -> sending.send(id, version(id));
            case OVERRIDE_CONSENT -> sending.overrideConsent(id, version(id), "Child at risk");
            case ACCEPT -> answers.accept(id, version(id));
            case DECLINE -> answers.decline(id, version(id), "No space");
            case COMPLETE -> answers.complete(id, version(id), "Housed", Set.of(ServiceType.SHELTER), LocalDate.now());
            case REVOKE -> sending.revoke(id, version(id), "Sent by mistake");
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
        return queries.list(ReferralQuery.all(), null, 50).items().stream()
                .anyMatch(r -> r instanceof ReferralRow s ? s.id() == id : r instanceof PartnerReferralRow p && p.id() == id);
    }

    /** The referral's version as its sender reads it. */
    private long version(long id) throws Exception {
        return ActingCaller.as("cw1-jm", () -> queries.read(id)).version();
    }

    private static CaseDetails details(String place) {
        return new CaseDetails(CaseStage.IDENTIFICATION, RiskLevel.HIGH, LocalDate.now().minusDays(10), place,
                EnumSet.of(ExploitationType.FORCED_LABOUR), null, ForcedLabourIndustry.A, null, null, null, null, null);
    }

    private static VictimDetails victim() {
        return new VictimDetails("Testgiven", "Testfamily", "matrix", Gender.FEMININE, LocalDate.now().minusYears(30), null,
                Set.of("JM"), Set.of("en"), TraffickingStatus.POSSIBLE, null, null, null, null, null, null, null);
    }

    private static long denied(String user, long id) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/casebridge");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from audit_entry"
                + " where outcome = 'DENIED' and username = ? and record_type = 'referral' and record_id = ?"
                + " and record_country = 'JM'")) {
            s.setString(1, user);
            s.setString(2, Long.toString(id));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
