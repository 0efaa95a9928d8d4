package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casebridge.application.Changes;
import org.casebridge.application.ConcurrentChangeException;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.casefile.CaseCursor;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseNote;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.Perpetrator;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.SupportPlan;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.casebridge.domain.model.casefile.TraffickingEvent;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;
import org.casebridge.domain.model.victim.VictimRepository;

/**
 * Working a trafficking case: intake, listing, reading, describing, events, notes, support plans,
 * team, closure with approval, reopening. One transaction per method; access checked first through
 * {@link CaseAccess}; the audit entry written in the same transaction (ids and field names only).
 */
@Stateless
@AuditedService
public class CaseService {

    /** Entries at most shown as a case's history on its details screen. */
    public static final int HISTORY_MAX = 200;
    private static final String CASE = CaseAccess.CASE;

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    CaseRepository cases;

    @Inject
    VictimRepository victims;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog auditLog;

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    /**
     * A page of the cases the caller may see, with the total and a token to continue after it. The
     * list is counted once, for a page asked without a token; the token carries that total to the
     * following pages, so walking a long list does not count it again on every page
     * (docs/performance.md: the count is most of a page's cost at 1,000,000 cases).
     */
    public CasePage list(CaseQuery query, String afterToken, int first, int size) {
        UserAccount user = access.caller();
        CaseScope scope = access.scope(user);
        int totalMark = afterToken == null ? -1 : afterToken.lastIndexOf(TOTAL_MARK);
        CaseCursor after = afterToken == null || afterToken.isBlank() ? null
                : CaseCursor.parse(totalMark < 0 ? afterToken : afterToken.substring(0, totalMark));
        if (after != null && after.sort() != query.sortOrDefault()) {
            throw ValidationException.of("after", "This page token belongs to another sort order; start from the first page.");
        }
        List<CaseFile> items = cases.search(scope, query, after, first, size);
        long total = after != null && totalMark >= 0 ? carriedTotal(afterToken.substring(totalMark + 1))
                : cases.count(scope, query);
        String next = items.size() == size
                ? CaseCursor.after(items.get(items.size() - 1), query.sortOrDefault()).token() + TOTAL_MARK + total : null;
        audit.record(AuditEvent.list(query.quickSearch() == null || query.quickSearch().isBlank() ? AuditAction.LIST
                : AuditAction.SEARCH, CASE, items.stream().map(CaseFile::getId).toList(), null));
        return new CasePage(items, total, next);
    }

    /** Separates the cursor from the list's total in a page token; cursor tokens are Base64url, which has no '.'. */
    private static final char TOTAL_MARK = '.';

    private static long carriedTotal(String text) {
        try {
            long total = Long.parseLong(text);
            if (total >= 0) {
                return total;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other damaged token
        }
        throw ValidationException.of("after", "This page token is not valid; start from the first page.");
    }

    /** "My cases": the cases assigned to the caller, with the same filters, scope and paging as {@link #list}. */
    public CasePage listMine(CaseQuery query, String afterToken, int first, int size) {
        UserAccount user = access.caller();
        return list(query.assignedTo(user.getId()), afterToken, first, size);
    }

    public CaseFile get(long id) {
        UserAccount user = access.caller();
        CaseFile c = access.readable(user, id);
        initialise(c);
        audit.record(AuditEvent.view(CASE, id, c.getCountryCode().value()));
        return c;
    }

    /**
     * The case as the details screen shows it, with what the caller may do to it (which buttons to
     * offer; every action checks again).
     */
    public CaseView read(long id) {
        UserAccount user = access.caller();
        CaseFile c = access.readable(user, id);
        initialise(c);
        audit.record(AuditEvent.view(CASE, id, c.getCountryCode().value()));
        boolean supervises = access.isSupervisorOf(user, c);
        boolean manages = supervises || user.hasRole(Role.CASEWORKER) && (c.isOwnedBy(user.getAgency())
                || Objects.equals(c.getAssignedTo().getId(), user.getId()));
        return new CaseView(c, access.worksOn(user, c), supervises, manages);
    }

    /** The audit entries about a case, newest first: its history of changes and of who looked at it. */
    public List<AuditEntry> history(long id) {
        UserAccount user = access.caller();
        CaseFile c = access.readable(user, id);
        List<AuditEntry> entries = auditLog.find(AuditFilter.forRecord(null, CASE, Long.toString(id)), 0, HISTORY_MAX);
        audit.record(AuditEvent.list(AuditAction.LIST, "audit", entries.stream().map(AuditEntry::getSequence).toList(),
                "record=" + CASE + ":" + id + " country=" + c.getCountryCode().value()));
        return entries;
    }

    /**
     * The guided intake: the case, its first victim and the victim's consents, saved together or not
     * at all.
     */
    public CaseFile open(Intake intake) {
        UserAccount user = access.caller();
        if (!user.hasRole(Role.CASEWORKER)) {
            throw ValidationException.of("caseworker", "Only caseworkers open cases.");
        }
        LocalDate today = LocalDate.now();
        CountryCode country = user.getAgency().getCountry().getCode();
        ValidationException.Collector errors = new ValidationException.Collector();
        Victim victim = null;
        try {
            victim = new Victim(intake.victim(), today);
        } catch (ValidationException e) {
            e.fieldErrors().forEach((f, m) -> errors.add("victim." + f, m));
        }
        try {
            new CaseFile(org.casebridge.domain.model.casefile.CaseNumber.of(country, today.getYear(), 1), user,
                    intake.details(), today);
        } catch (ValidationException e) {
            e.fieldErrors().forEach(errors::add);
        }
        errors.throwIfAny();
        List<ConsentInput> consents = intake.consents() == null ? List.of() : intake.consents();
        for (ConsentInput ci : consents) {
            try {
                victim.recordConsent(ci.purpose(), ci.scope(), ci.scopeValue(), ci.givenOn(), ci.expiresOn(),
                        user.getUsername().value(), today);
            } catch (ValidationException e) {
                e.fieldErrors().forEach((f, m) -> errors.add("consent." + f, m));
            }
        }
        errors.throwIfAny();
        CaseFile c = new CaseFile(cases.nextNumber(country, today.getYear()), user, intake.details(), today);
        victims.add(victim);
        c.linkVictim(victim);
        cases.add(c);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.CREATE, CASE, c.getId(), country.value())
                .detail("victims=1 consents=" + consents.size()));
        audit.record(AuditEvent.of(AuditAction.CREATE, CaseAccess.VICTIM, victim.getId(), country.value())
                .detail("case=" + c.getId()));
        return c;
    }

    public CaseFile describe(long id, long expectedVersion, CaseDetails details) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        checkVersion(c, expectedVersion);
        List<String> changed = changedFields(c, details);
        c.describe(details, LocalDate.now());
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE, id, c.getCountryCode().value())
                .detail("fields=" + String.join(",", changed)));
        return c;
    }

    public CaseFile changeStatus(long id, long expectedVersion, CaseStatus status) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        checkVersion(c, expectedVersion);
        c.changeStatus(status);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, CASE, id, c.getCountryCode().value()).detail("status=" + status));
        return c;
    }

    /** Closes the case, or asks the country's supervisors to approve closing it. */
    public CaseFile requestClosure(long id, long expectedVersion, CaseStatus closedAs, String reason) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        checkVersion(c, expectedVersion);
        boolean closed = c.requestClosure(closedAs, reason, c.getCountry().isClosureApproval(), user.getUsername().value(),
                Instant.now());
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, CASE, id, c.getCountryCode().value())
                .detail(closed ? "closure=closed status=" + c.getStatus() : "closure=requested"));
        return c;
    }

    public CaseFile approveClosure(long id, String comment) {
        UserAccount user = access.caller();
        CaseFile c = access.supervised(user, id);
        c.approveClosure(user.getUsername().value(), comment, Instant.now());
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, CASE, id, c.getCountryCode().value())
                .detail("closure=approved status=" + c.getStatus()));
        return c;
    }

    public CaseFile rejectClosure(long id, String comment) {
        UserAccount user = access.caller();
        CaseFile c = access.supervised(user, id);
        c.rejectClosure(user.getUsername().value(), comment);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, CASE, id, c.getCountryCode().value()).detail("closure=rejected"));
        return c;
    }

    public CaseFile reopen(long id, String reason) {
        UserAccount user = access.caller();
        CaseFile c = access.supervised(user, id);
        c.reopen(reason);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, CASE, id, c.getCountryCode().value()).detail("reopened"));
        return c;
    }

    /** Reassigns the case: by its owning agency's caseworkers or a supervisor of its country. */
    public CaseFile assign(long id, long caseworkerId) {
        CaseFile c = managed(id);
        c.assignTo(accounts.find(caseworkerId).orElseThrow(() -> ValidationException.of("assignedTo", "No such caseworker.")));
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE, id, c.getCountryCode().value()).detail("fields=assignedTo"));
        return c;
    }

    public CaseFile addTeamMember(long id, long caseworkerId) {
        CaseFile c = managed(id);
        c.addToTeam(accounts.find(caseworkerId).orElseThrow(() -> ValidationException.of("team", "No such caseworker.")));
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE, id, c.getCountryCode().value()).detail("fields=team added=" + caseworkerId));
        return c;
    }

    public CaseFile removeTeamMember(long id, long caseworkerId) {
        CaseFile c = managed(id);
        accounts.find(caseworkerId).ifPresent(c::removeFromTeam);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE, id, c.getCountryCode().value()).detail("fields=team removed=" + caseworkerId));
        return c;
    }

    public CaseNote addNote(long id, String text) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        CaseNote note = c.addNote(text, user.getUsername().value(), Instant.now());
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.CREATE, "case_note", note.getId(), c.getCountryCode().value()).detail("case=" + id));
        return note;
    }

    public TraffickingEvent addEvent(long id, EventType type, String countryCode, String place, LocalDate date) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        CountryCode country = countryCode == null || countryCode.isBlank() ? null : countryOrError(countryCode);
        TraffickingEvent event = c.addEvent(type, country, place, date, LocalDate.now());
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.CREATE, "case_event", event.getId(), c.getCountryCode().value()).detail("case=" + id));
        return event;
    }

    public SupportPlan addSupportPlan(long id, SupportPlanType type, String objectives, LocalDate plannedEnd) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        SupportPlan plan = c.addSupportPlan(type, objectives, plannedEnd);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.CREATE, "support_plan", plan.getId(), c.getCountryCode().value()).detail("case=" + id));
        return plan;
    }

    public Victim addVictim(long id, VictimDetails details) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        Victim victim = victims.add(new Victim(details, LocalDate.now()));
        c.linkVictim(victim);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.CREATE, CaseAccess.VICTIM, victim.getId(), c.getCountryCode().value())
                .detail("case=" + id));
        return victim;
    }

    /**
     * Links a victim already recorded in another case (the same person in a second case). The caller
     * must work on this case and be able to read the victim through one of its cases.
     */
    public Victim linkVictim(long id, long victimId) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        Victim victim = victims.find(victimId).filter(v -> !v.isVoided())
                .orElseThrow(() -> access.missingVictim(victimId));
        if (access.readableCasesOf(user, victim).isEmpty()) {
            throw access.victimNotVisible(victimId);
        }
        c.linkVictim(victim);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE, id, c.getCountryCode().value())
                .detail("fields=victims linked=" + victimId));
        return victim;
    }

    public Perpetrator addPerpetrator(long id, String name, Set<PerpetratorRole> roles, RelationshipToTrafficker relationship,
            String organisation) {
        UserAccount user = access.caller();
        CaseFile c = access.workable(user, id);
        Perpetrator p = cases.add(new Perpetrator(name, roles, relationship, organisation));
        c.linkPerpetrator(p);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.CREATE, "perpetrator", p.getId(), c.getCountryCode().value()).detail("case=" + id));
        return p;
    }

    /** Active caseworkers of the case's country, for assignment and the team. */
    public List<UserAccount> caseworkersFor(long id) {
        UserAccount user = access.caller();
        CaseFile c = access.readable(user, id);
        List<UserAccount> result = new ArrayList<>();
        for (UserAccount a : accounts.page(null, c.getCountryCode(), 0, 500)) {
            if (a.isEnabled() && a.hasRole(Role.CASEWORKER)) {
                result.add(a);
            }
        }
        audit.record(AuditEvent.list(AuditAction.LIST, "user_account", result.stream().map(UserAccount::getId).toList(),
                "caseworkers of case " + id));
        return result;
    }

    /** The case, if the caller may change who works on it: its owning agency's caseworkers or a supervisor. */
    private CaseFile managed(long id) {
        UserAccount user = access.caller();
        CaseFile c = access.readable(user, id);
        requireOwnerOrSupervisor(user, c, id);
        return c;
    }

    private void requireOwnerOrSupervisor(UserAccount user, CaseFile c, long id) {
        boolean owner = user.hasRole(Role.CASEWORKER) && (c.isOwnedBy(user.getAgency())
                || Objects.equals(c.getAssignedTo().getId(), user.getId()));
        if (!owner && !access.isSupervisorOf(user, c)) {
            throw ValidationException.of("team", "Only the owning agency's caseworkers or a supervisor change who works on a case.");
        }
    }

    private static CountryCode countryOrError(String code) {
        try {
            return new CountryCode(code);
        } catch (ValidationException e) {
            throw ValidationException.of("country", "A country is its two-letter ISO code.");
        }
    }

    private static List<String> changedFields(CaseFile c, CaseDetails d) {
        List<String> changed = new ArrayList<>();
        if (c.getStage() != d.stage()) {
            changed.add("stage");
        }
        if (c.getRiskLevel() != d.riskLevel()) {
            changed.add("riskLevel");
        }
        if (!Objects.equals(c.getIdentificationDate(), d.identificationDate())) {
            changed.add("identificationDate");
        }
        if (!Objects.equals(c.getIdentificationPlace(), d.identificationPlace() == null || d.identificationPlace().isBlank()
                ? null : d.identificationPlace().strip())) {
            changed.add("identificationPlace");
        }
        if (!Objects.equals(c.getExploitationTypes(), d.exploitationTypes())) {
            changed.add("exploitationTypes");
        }
        if (!Objects.equals(c.getForcedLabourIndustry(), d.forcedLabourIndustry())) {
            changed.add("forcedLabourIndustry");
        }
        if (!Objects.equals(c.getMethodsOfControl(), d.methodsOfControl() == null ? Set.of() : d.methodsOfControl())) {
            changed.add("methodsOfControl");
        }
        if (!Objects.equals(c.getMethodsOfRecruitment(), d.methodsOfRecruitment() == null ? Set.of() : d.methodsOfRecruitment())) {
            changed.add("methodsOfRecruitment");
        }
        return changed;
    }

    /** Loads what the case details show, inside the transaction (the entity is used detached afterwards). */
    static void initialise(CaseFile c) {
        c.getOwningAgency().getName();
        c.getAssignedTo().getDisplayName();
        c.getTeam().size();
        c.getExploitationTypes().size();
        c.getEvents().size();
        c.getNotes().size();
        c.getSupportPlans().size();
        c.getPerpetrators().size();
        c.getVictims().forEach(v -> v.getConsents().size());
    }

    private static void checkVersion(CaseFile c, long expectedVersion) {
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
    }


    /** A case and what the caller may do with it: work on it, supervise it, change who works on it. */
    public record CaseView(CaseFile caseFile, boolean mayWork, boolean maySupervise, boolean mayManageTeam) {
    }

    /** A page of cases and the token that continues after it (null on the last page). */
    public record CasePage(List<CaseFile> items, long total, String next) {
    }

    /** The guided intake, confirmed in one step. */
    public record Intake(CaseDetails details, VictimDetails victim, List<ConsentInput> consents) {
    }

    public record ConsentInput(ConsentPurpose purpose, ConsentScope scope, String scopeValue, LocalDate givenOn,
            LocalDate expiresOn) {
    }
}
