package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.application.Access;
import org.casebridge.application.Changes;
import org.casebridge.application.ConcurrentChangeException;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.victim.Consent;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;
import org.casebridge.domain.model.victim.VictimRepository;

/**
 * Victims and their consent records. A victim is visible to whoever may read one of the cases the
 * victim is in, and changed by whoever works on one of them.
 */
@Stateless
@AuditedService
public class VictimService {

    private static final String VICTIM = CaseAccess.VICTIM;

    @Inject
    CaseAccess caseAccess;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    VictimRepository victims;

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    public Victim get(long id) {
        UserAccount user = caseAccess.caller();
        Victim v = readable(user, id);
        v.getConsents().size();
        audit.record(AuditEvent.view(VICTIM, id, countryOf(caseAccess.readableCasesOf(user, v))));
        return v;
    }

    public Victim update(long id, long expectedVersion, VictimDetails details) {
        UserAccount user = caseAccess.caller();
        Victim v = workable(user, id);
        if (v.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        v.describe(details, LocalDate.now());
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.UPDATE, VICTIM, id, countryOf(caseAccess.readableCasesOf(user, v))));
        return v;
    }

    public Consent recordConsent(long id, CaseService.ConsentInput input) {
        UserAccount user = caseAccess.caller();
        Victim v = workable(user, id);
        Consent c = v.recordConsent(input.purpose(), input.scope(), input.scopeValue(), input.givenOn(), input.expiresOn(),
                user.getUsername().value(), LocalDate.now());
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.CREATE, "consent", c.getId(), countryOf(caseAccess.readableCasesOf(user, v)))
                .detail("victim=" + id + " purpose=" + input.purpose()));
        return c;
    }

    public Consent withdrawConsent(long id, long consentId, LocalDate on) {
        UserAccount user = caseAccess.caller();
        Victim v = workable(user, id);
        Consent c = v.getConsents().stream().filter(x -> x.getId() == consentId).findFirst()
                .orElseThrow(() -> access.missing("consent", consentId));
        LocalDate today = LocalDate.now();
        c.withdraw(on == null ? today : on, today);
        Changes.flush(em);
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, "consent", consentId, countryOf(caseAccess.readableCasesOf(user, v)))
                .detail("withdrawn victim=" + id));
        return c;
    }

    private Victim readable(UserAccount user, long id) {
        Victim v = victims.find(id).filter(x -> !x.isVoided()).orElseThrow(() -> access.missing(VICTIM, id));
        List<CaseFile> visible = caseAccess.readableCasesOf(user, v);
        if (visible.isEmpty()) {
            throw access.notVisible(VICTIM, id, null);
        }
        return v;
    }

    /**
     * The victim if the user works on one of their cases; a reader who does not (a supervisor) is refused
     * like anyone else (404, audited DENIED), as for the case itself.
     */
    private Victim workable(UserAccount user, long id) {
        Victim v = readable(user, id);
        List<CaseFile> readable = caseAccess.readableCasesOf(user, v);
        List<CaseFile> worked = readable.stream().filter(c -> caseAccess.worksOn(user, c)).toList();
        if (worked.isEmpty()) {
            throw access.notVisible(VICTIM, id, countryOf(readable));
        }
        if (worked.stream().allMatch(c -> c.getStatus().isClosed())) {
            throw new DomainException("The victim's cases are closed; a supervisor must reopen one before the record can change.");
        }
        return v;
    }

    private static String countryOf(List<CaseFile> cases) {
        return cases.isEmpty() ? null : cases.get(0).getCountryCode().value();
    }

}
