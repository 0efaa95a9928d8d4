package org.casebridge.application.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.casebridge.application.Access;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.victim.Victim;

/**
 * The access rules for cases and the people in them (DESIGN.md, "What each role can see"), in one
 * place for screens and REST: caseworkers see their agency's cases and the cases they work on;
 * supervisors read every case of their country and decide closures; everyone else sees none.
 * A case that exists but is not the caller's is refused exactly like a missing one, and audited.
 */
@ApplicationScoped
public class CaseAccess {

    public static final String CASE = "case_file";
    public static final String VICTIM = "victim";

    @Inject
    Access access;

    @Inject
    CaseRepository cases;

    /** The caller, if they may work with cases at all (caseworker or supervisor); 403 otherwise. */
    public UserAccount caller() {
        return access.requireAnyRole(CASE, Role.CASEWORKER, Role.SUPERVISOR);
    }

    /** The WHERE-clause form of what {@code user} may see. */
    public CaseScope scope(UserAccount user) {
        Long country = user.hasRole(Role.SUPERVISOR) && user.getAgency().getCountry() != null
                ? user.getAgency().getCountry().getId() : null;
        boolean caseworker = user.hasRole(Role.CASEWORKER) && user.getAgency().getCountry() != null;
        return new CaseScope(country, caseworker ? user.getAgency().getCountry().getId() : null,
                caseworker ? user.getAgency().getId() : null, caseworker ? user.getId() : null);
    }

    public boolean canRead(UserAccount user, CaseFile c) {
        return isSupervisorOf(user, c) || worksOn(user, c);
    }

    /** Caseworkers of the owning agency, the assigned caseworker and the team change a case. */
    public boolean worksOn(UserAccount user, CaseFile c) {
        return user.hasRole(Role.CASEWORKER) && user.getAgency().isIn(c.getCountryCode())
                && (c.isOwnedBy(user.getAgency()) || c.hasOnTeam(user));
    }

    public boolean isSupervisorOf(UserAccount user, CaseFile c) {
        return user.hasRole(Role.SUPERVISOR) && user.getAgency().isIn(c.getCountryCode());
    }

    /** The case if {@code user} may read it; otherwise 404, audited (DENIED if it exists). */
    public CaseFile readable(UserAccount user, long id) {
        CaseFile c = cases.find(id).filter(f -> !f.isVoided()).orElseThrow(() -> access.missing(CASE, id));
        if (!canRead(user, c)) {
            throw access.notVisible(CASE, id, c.getCountryCode().value());
        }
        return c;
    }

    /** The case if {@code user} works on it; a supervisor who may only read it is refused like anyone else. */
    public CaseFile workable(UserAccount user, long id) {
        CaseFile c = readable(user, id);
        if (!worksOn(user, c)) {
            throw access.notVisible(CASE, id, c.getCountryCode().value());
        }
        return c;
    }

    /** The case if {@code user} supervises its country. */
    public CaseFile supervised(UserAccount user, long id) {
        CaseFile c = readable(user, id);
        if (!isSupervisorOf(user, c)) {
            throw access.notVisible(CASE, id, c.getCountryCode().value());
        }
        return c;
    }

    public RecordNotFoundException missingVictim(long id) {
        return access.missing(VICTIM, id);
    }

    public RecordNotFoundException victimNotVisible(long id) {
        return access.notVisible(VICTIM, id, null);
    }

    /** The cases of a victim the user may read; empty means the victim is not theirs. */
    public List<CaseFile> readableCasesOf(UserAccount user, Victim v) {
        return cases.casesOfVictim(v.getId()).stream().filter(c -> canRead(user, c)).toList();
    }
}
