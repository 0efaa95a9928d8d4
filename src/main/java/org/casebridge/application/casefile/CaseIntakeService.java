package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseNumber;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;
import org.casebridge.domain.model.victim.VictimRepository;

/**
 * Opening a case: the guided intake, in which the case, its first victim and the victim's consents
 * are checked together and saved together or not at all. Only a caseworker of an agency in a country
 * opens a case; anyone else is refused (403, audited DENIED).
 */
@Stateless
@AuditedService
public class CaseIntakeService {

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    CaseRepository cases;

    @Inject
    VictimRepository victims;

    @Inject
    UnitOfWork work;

    /**
     * Whether the caller may open a case at all, asked when the intake screen opens so that anyone else
     * sees "not allowed" instead of a form they cannot confirm; the refusal is audited DENIED by the policy.
     */
    @NotAudited("reads no record; a refusal is audited DENIED by the access policy")
    public void checkMayOpen() {
        access.opener();
    }

    /**
     * Checks an intake as {@link #open} does, saving nothing: each problem named by its field, so that the
     * screen can check each step as the user leaves it.
     */
    @NotAudited("checks typed values only: reads and saves no record; a refusal is audited DENIED by the policy")
    public void check(Intake intake) {
        checked(intake, access.opener(), LocalDate.now());
    }

    public CaseSheet open(Intake intake) {
        UserAccount user = access.opener();
        LocalDate today = LocalDate.now();
        CountryCode country = user.getAgency().getCountry().getCode();
        Victim victim = checked(intake, user, today);
        List<ConsentInput> consents = intake.consents() == null ? List.of() : intake.consents();
        CaseFile c = new CaseFile(cases.nextNumber(country, today.getYear()), user, intake.details(), today);
        victims.add(victim);
        c.linkVictim(victim);
        cases.add(c);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, CaseAccess.CASE, c.getId(), country.value())
                .detail("victims=1 consents=" + consents.size()));
        audit.record(AuditEvent.of(AuditAction.CREATE, CaseAccess.VICTIM, victim.getId(), country.value())
                .detail("case=" + c.getId()));
        return CaseSheet.of(c, access.rights(user, c), today);
    }

    /**
     * The intake's victim with its consents recorded, after checking the case, the victim and each consent
     * together; a ValidationException names every problem by field ("victim.alias", "consent.givenOn").
     */
    private Victim checked(Intake intake, UserAccount user, LocalDate today) {
        CountryCode country = user.getAgency().getCountry().getCode();
        ValidationException.Collector errors = new ValidationException.Collector();
        Victim victim = null;
        try {
            victim = new Victim(intake.victim(), today);
        } catch (ValidationException e) {
            e.fieldErrors().forEach((f, m) -> errors.add("victim." + f, m));
        }
        try {
            new CaseFile(CaseNumber.of(country, today.getYear(), 1), user, intake.details(), today);
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
        return victim;
    }

    /** The guided intake, confirmed in one step. */
    public record Intake(CaseDetails details, VictimDetails victim, List<ConsentInput> consents) {
    }

    /** A consent as a form or a request states it. */
    public record ConsentInput(ConsentPurpose purpose, ConsentScope scope, String scopeValue, LocalDate givenOn,
            LocalDate expiresOn) {
    }
}
