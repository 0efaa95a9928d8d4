package org.casebridge.application.casefile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.application.account.AccountService;
import org.casebridge.application.casefile.CaseIntakeService.ConsentInput;
import org.casebridge.application.casefile.CaseIntakeService.Intake;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseSort;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.VictimDetails;
import org.casebridge.it.CaseMatrix;
import org.casebridge.it.CaseMatrix.Action;
import org.casebridge.it.CaseMatrix.Outcome;
import org.casebridge.it.CaseMatrix.Relation;
import org.casebridge.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case and victim access table ({@link CaseMatrix}) against the application services and the
 * access policy themselves, inside Payara Micro on the configured database: every relation to a case
 * times every action. Allowed actions succeed on a fresh case; refusals are {@link RecordNotFoundException}
 * (404) or {@link AccessDeniedException} (403) and leave a DENIED entry with the record's id and country.
 */
@ExtendWith(ArquillianExtension.class)
class CaseAccessMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.casebridge(CaseAccessMatrixIT.class, ActingCaller.class, CaseMatrix.class, CaseMatrix.Relation.class,
                CaseMatrix.Action.class, CaseMatrix.Outcome.class);
    }

    @Inject
    CaseQueryService queries;

    @Inject
    CaseIntakeService intake;

    @Inject
    CaseWorkflowService workflow;

    @Inject
    CaseTeamService team;

    @Inject
    CaseEntryService entries;

    @Inject
    VictimService victims;

    @Inject
    AccountService accountService;

    @Inject
    AccountRepository accounts;

    @Inject
    AgencyRepository agencies;

    private record Fixture(String place, long id, long victim, long consent) {
    }

    @Test
    void everyRelationToACaseMayDoExactlyWhatTheTableAllows() throws Exception {
        String colleague = "m-" + UUID.randomUUID().toString().substring(0, 10);
        long agency = agencies.agencyByCode(new AgencyCode("JM-JCF-TIP")).orElseThrow().getId();
        ActingCaller.as("admin", () -> accountService.create(new AccountService.NewAccount(colleague, "Matrix colleague",
                agency, EnumSet.of(Role.CASEWORKER), "Matrix-Colleague-Passphrase-1", null)));
        List<String> failures = new ArrayList<>();
        for (Relation relation : CaseMatrix.relations()) {
            String user = relation == Relation.COLLEAGUE ? colleague : relation.demoUser();
            Fixture shared = null;
            for (Action action : CaseMatrix.actions()) {
                Outcome expected = CaseMatrix.expected(relation, action);
                Fixture f = expected == Outcome.ALLOWED || shared == null ? fixture(action) : shared;
                if (expected != Outcome.ALLOWED && shared == null) {
                    shared = f;
                }
                String type = action.onVictim() ? "victim" : "case_file";
                long record = action.onVictim() ? f.victim() : f.id();
                long versionBefore = version(f);
                long deniedBefore = denied(user, type, record);
                Outcome actual = outcome(user, () -> perform(action, f));
                String cell = relation + " " + action + ": ";
                if (action == Action.LIST) {
                    if (actual == Outcome.ALLOWED) {
                        actual = ActingCaller.as(user, () -> listed(f)) ? Outcome.ALLOWED : Outcome.NOT_FOUND;
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
                    if (denied(user, type, record) <= deniedBefore) {
                        failures.add(cell + "no DENIED entry naming " + type + " " + record + " and country JM");
                    }
                    if (version(f) != versionBefore) {
                        failures.add(cell + "a refused action changed the case");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private Fixture fixture(Action action) throws Exception {
        String place = "matrix-" + UUID.randomUUID();
        long fp = accounts.findByUsername(new Username("fp-jm")).orElseThrow().getId();
        CaseSheet c = ActingCaller.as("cw1-jm", () -> intake.open(new Intake(details(place), victim("matrix"),
                List.of(new ConsentInput(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.ANY, null, LocalDate.now(), null)))));
        ActingCaller.as("cw1-jm", () -> team.addTeamMember(c.id(), fp));
        if (action.needsPendingClosure() || action.needsClosedCase()) {
            ActingCaller.as("cw1-jm", () -> workflow.requestClosure(c.id(), version(c.id()), CaseStatus.CLOSED, "done"));
        }
        if (action.needsClosedCase()) {
            ActingCaller.as("sup-jm", () -> workflow.approveClosure(c.id(), null));
        }
        return new Fixture(place, c.id(), c.victims().get(0).id(), c.victims().get(0).consents().get(0).id());
    }

    private Object perform(Action action, Fixture f) throws Exception {
        long id = f.id();
        return switch (action) {
            case LIST -> queries.list(query(f.place()), null, 0, 25);
            case READ -> queries.read(id);
            case HISTORY -> queries.history(id);
            case VICTIM_READ -> victims.get(f.victim());
            case DESCRIBE -> workflow.describe(id, version(id), details(f.place()));
            case CHANGE_STATUS -> workflow.changeStatus(id, version(id), CaseStatus.FOLLOW_UP);
            case ADD_NOTE -> entries.addNote(id, "matrix note");
            case ADD_EVENT -> entries.addEvent(id, EventType.TRANSIT, "JM", null, null);
            case ADD_PLAN -> entries.addSupportPlan(id, SupportPlanType.HEALTH, "care", null);
            case ADD_PERPETRATOR -> entries.addPerpetrator(id, "Matrix Suspect", Set.of(PerpetratorRole.TRANSPORTER), null, null);
            case ADD_VICTIM -> entries.addVictim(id, victim("matrix-added"));
            case UPDATE_VICTIM -> victims.update(f.victim(), ActingCaller.as("cw1-jm", () -> victims.get(f.victim())).version(),
                    victim("matrix-changed"));
            case ADD_CONSENT -> victims.recordConsent(f.victim(), new ConsentInput(ConsentPurpose.STATISTICS, ConsentScope.ANY,
                    null, LocalDate.now(), null));
            case WITHDRAW_CONSENT -> victims.withdrawConsent(f.victim(), f.consent(), LocalDate.now());
            case REQUEST_CLOSURE -> workflow.requestClosure(id, version(id), CaseStatus.CLOSED, "done");
            case CASEWORKERS -> queries.caseworkersFor(id);
            case ASSIGN -> team.assign(id, userId("cw1-jm"));
            case ADD_TEAM_MEMBER -> team.addTeamMember(id, userId("cw2-jm"));
            case REMOVE_TEAM_MEMBER -> team.removeTeamMember(id, userId("fp-jm"));
            case APPROVE_CLOSURE -> workflow.approveClosure(id, "ok");
            case REJECT_CLOSURE -> workflow.rejectClosure(id, "not yet");
            case REOPEN -> workflow.reopen(id, "new evidence");
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

    private boolean listed(Fixture f) {
        return queries.list(query(f.place()), null, 0, 25).items().stream().anyMatch(r -> r.id() == f.id());
    }

    private long userId(String username) {
        return accounts.findByUsername(new Username(username)).orElseThrow().getId();
    }

    /** The case's version as its assignee reads it. */
    private long version(long id) throws Exception {
        return ActingCaller.as("cw1-jm", () -> queries.read(id)).version();
    }

    private long version(Fixture f) throws Exception {
        return version(f.id());
    }

    private static CaseQuery query(String place) {
        return new CaseQuery(place, null, null, null, null, null, null, null, null, null, false, CaseSort.IDENTIFIED, false);
    }

    private static CaseDetails details(String place) {
        return new CaseDetails(CaseStage.IDENTIFICATION, RiskLevel.HIGH, LocalDate.now().minusDays(10), place,
                EnumSet.of(ExploitationType.FORCED_LABOUR), null, ForcedLabourIndustry.A, null, null, null, null, null);
    }

    private static VictimDetails victim(String alias) {
        return new VictimDetails("Testgiven", "Testfamily", alias, Gender.FEMININE, LocalDate.now().minusYears(30), null,
                Set.of("JM"), Set.of("en"), TraffickingStatus.POSSIBLE, null, null, null, null, null, null, null);
    }

    private static long denied(String user, String type, long id) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/casebridge");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from audit_entry"
                + " where outcome = 'DENIED' and username = ? and record_type = ? and record_id = ? and record_country = 'JM'")) {
            s.setString(1, user);
            s.setString(2, type);
            s.setString(3, Long.toString(id));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
