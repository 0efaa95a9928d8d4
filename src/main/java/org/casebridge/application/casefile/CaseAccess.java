package org.casebridge.application.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.victim.Consent;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimRepository;

/**
 * The access policy for cases, the people in them and the case's change history (DESIGN.md, "What
 * each role can see"); the only place these rules are written, for screens and REST alike.
 * Caseworkers of the case's country work on their agency's cases and the cases they are assigned to
 * or on the team of; the owning agency's caseworkers, the assignee and the country's supervisors
 * change who works on it; supervisors read every case of their country and decide closures; nobody
 * else sees a case. A victim is visible through the cases the caller may read, and changed through
 * those they work on.
 *
 * <p>Each service method asks once ({@link #caseFor}, {@link #victimFor}) and gets a grant with
 * everything the caller may do. Every refusal goes through {@link Access} as DENIED with the
 * record's id and country: a caller whose roles allow no case work gets 403 whether or not the
 * record exists; a caller who may work with cases but not with this one gets 404, exactly like a
 * record that does not exist.
 */
@ApplicationScoped
public class CaseAccess {

    public static final String CASE = "case_file";
    public static final String VICTIM = "victim";
    public static final String CONSENT = "consent";
    private static final Role[] CASE_ROLES = {Role.CASEWORKER, Role.SUPERVISOR};

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Inject
    CaseRepository cases;

    @Inject
    VictimRepository victims;

    /** The caller, if they may work with cases at all (caseworker or supervisor); 403 otherwise. For lists. */
    public UserAccount caseUser() {
        return access.requireAnyRole(CASE, CASE_ROLES);
    }

    /** The caller, if they may open a case: a caseworker of an agency in a country; 403 otherwise. */
    public UserAccount opener() {
        UserAccount user = access.requireAnyRole(CASE, Role.CASEWORKER);
        if (user.countryCode() == null) {
            throw access.forbidden(CASE, null, null, "caseworker without a country");
        }
        return user;
    }

    /**
     * The countries whose cases {@code user} may see, for a list's country filter: every rule of
     * {@link #scope} stays inside the user's agency's country.
     */
    public List<Country> countriesOf(UserAccount user) {
        CaseScope scope = scope(user);
        Country country = user.getAgency().getCountry();
        return scope.isEmpty() || country == null ? List.of() : List.of(country);
    }

    /** The WHERE-clause form of what {@code user} may read. */
    public CaseScope scope(UserAccount user) {
        Long country = user.hasRole(Role.SUPERVISOR) && user.getAgency().getCountry() != null
                ? user.getAgency().getCountry().getId() : null;
        boolean caseworker = user.hasRole(Role.CASEWORKER) && user.getAgency().getCountry() != null;
        return new CaseScope(country, caseworker ? user.getAgency().getCountry().getId() : null,
                caseworker ? user.getAgency().getId() : null, caseworker ? user.getId() : null);
    }

    /** Everything {@code user} may do with {@code c}. */
    public CaseRights rights(UserAccount user, CaseFile c) {
        boolean inCountry = user.getAgency().isIn(c.getCountryCode());
        boolean caseworker = inCountry && user.hasRole(Role.CASEWORKER);
        boolean supervisor = inCountry && user.hasRole(Role.SUPERVISOR);
        boolean owner = caseworker && (c.isOwnedBy(user.getAgency()) || Objects.equals(c.getAssignedTo().getId(), user.getId()));
        boolean works = caseworker && (c.isOwnedBy(user.getAgency()) || c.hasOnTeam(user));
        return new CaseRights(works || supervisor, works, owner || supervisor, supervisor);
    }

    /** The case with the caller's rights, if they may do {@code action} with it; refused and audited otherwise. */
    public CaseGrant caseFor(long id, CaseAction action) {
        return caseFor(id, action, CASE, id);
    }

    /**
     * The case that a record of its own ({@code recordType} {@code recordId}, a document) is reached
     * through, by the same rules as {@link #caseFor(long, CaseAction)}; a refusal names that record,
     * with the case's country.
     */
    public CaseGrant caseFor(long id, CaseAction action, String recordType, long recordId) {
        return grant(cases.find(id), action, recordType, recordId);
    }

    /**
     * As {@link #caseFor(long, CaseAction)}, for a change: the case's row stays locked until the
     * transaction ends, so that concurrent changes to one case queue instead of failing each other.
     */
    public CaseGrant caseForChange(long id, CaseAction action) {
        return grant(cases.findForChange(id), action, CASE, id);
    }

    private CaseGrant grant(Optional<CaseFile> loaded, CaseAction action, String recordType, long recordId) {
        Optional<CaseFile> found = loaded.filter(c -> !c.isVoided());
        String country = found.map(c -> c.getCountryCode().value()).orElse(null);
        UserAccount user = caller.account().filter(u -> u.hasAnyRole(CASE_ROLES))
                .orElseThrow(() -> access.hiddenByRole(recordType, recordId, country, CASE_ROLES));
        CaseFile c = found.orElseThrow(() -> access.missing(recordType, recordId));
        CaseRights rights = rights(user, c);
        if (!rights.allows(action)) {
            throw access.notVisible(recordType, recordId, country, refusal(rights, action));
        }
        return new CaseGrant(user, c, rights);
    }

    /**
     * The victim, if the caller may read it ({@link CaseAction#READ}) or change it
     * ({@link CaseAction#WORK}) through one of the victim's cases; refused and audited otherwise, with
     * the country of the victim's cases.
     */
    public VictimGrant victimFor(long id, CaseAction action) {
        return victimFor(id, action, VICTIM, id);
    }

    /** The victim that a record of its own (a document) is reached through; a refusal names that record. */
    public VictimGrant victimFor(long id, CaseAction action, String recordType, long recordId) {
        Optional<Victim> found = victims.find(id).filter(v -> !v.isVoided());
        List<CaseFile> all = found.map(v -> cases.casesOfVictim(v.getId())).orElse(List.of());
        String country = all.isEmpty() ? null : all.get(0).getCountryCode().value();
        UserAccount user = caller.account().filter(u -> u.hasAnyRole(CASE_ROLES))
                .orElseThrow(() -> access.hiddenByRole(recordType, recordId, country, CASE_ROLES));
        Victim v = found.orElseThrow(() -> access.missing(recordType, recordId));
        List<CaseFile> readable = all.stream().filter(c -> rights(user, c).read()).toList();
        List<CaseFile> worked = all.stream().filter(c -> rights(user, c).work()).toList();
        if (action == CaseAction.READ ? readable.isEmpty() : worked.isEmpty()) {
            throw access.notVisible(recordType, recordId, country, readable.isEmpty() ? "outside caller scope"
                    : "outside caller scope action=" + action);
        }
        return new VictimGrant(user, v, readable, worked, country);
    }

    /**
     * An entry (event, support plan, perpetrator) of the granted case, voided ones included. An entry of
     * another case is refused as DENIED with that case's country; no such entry is a failed view.
     */
    public <T> T entryOf(CaseGrant grant, String recordType, long entryId, Optional<T> own) {
        if (own.isPresent()) {
            return own.get();
        }
        Optional<CaseFile> other = cases.caseOfEntry(recordType, entryId);
        if (other.isEmpty()) {
            throw access.missing(recordType, entryId);
        }
        throw access.notVisible(recordType, entryId, other.get().getCountryCode().value(), "entry of another case");
    }

    /**
     * One of the granted victim's consents. A consent of another victim is refused as DENIED with
     * that victim's country (the caller reached for it through a victim that is not its own).
     */
    public Consent consentOf(VictimGrant grant, long consentId) {
        Optional<Consent> own = grant.victim().getConsents().stream().filter(c -> c.getId() == consentId).findFirst();
        if (own.isPresent()) {
            return own.get();
        }
        Optional<Victim> other = victims.findByConsent(consentId);
        if (other.isEmpty()) {
            throw access.missing(CONSENT, consentId);
        }
        List<CaseFile> casesOfOther = cases.casesOfVictim(other.get().getId());
        throw access.notVisible(CONSENT, consentId, casesOfOther.isEmpty() ? null
                : casesOfOther.get(0).getCountryCode().value(), "consent of another victim");
    }

    private static String refusal(CaseRights rights, CaseAction action) {
        return rights.read() ? "outside caller scope action=" + action : "outside caller scope";
    }
}
