package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralRepository;
import org.casebridge.domain.model.referral.SummaryChoice;
import org.casebridge.domain.model.referral.SummaryField;
import org.casebridge.domain.model.referral.Urgency;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.victim.Consent;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.StatusDecisionOrg;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;
import org.casebridge.domain.model.victim.VictimRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo cases with clearly fictional victims and referrals in every status, so that a newcomer who
 * logs in as {@code cw1-jm}, {@code partner1-jm} or {@code sup-jm} (or {@code cw1-tt}, {@code partner1-tt})
 * sees real records (README, "What to try first"). Created only in demo mode, after the demo agencies
 * and accounts, through the domain objects and repositories, so every rule of a case, a consent and a
 * referral holds. Each demo case is created once: it is known by its first victim's alias, so a restart
 * adds nothing and an existing demo database gains the cases it lacks.
 *
 * <p>Jamaica, case of {@code cw1-jm} (JM-JCF-TIP): referrals to Kingston Safe House ({@code partner1-jm})
 * and the South East Regional Health Authority ({@code partner2-jm}) that are DRAFT, SENT, SENT and
 * overdue, ACCEPTED, DECLINED, COMPLETED, REVOKED, one whose consent was withdrawn and one sent on a
 * supervisor's override for a child. Trinidad and Tobago, case of {@code cw1-tt}: one SENT and one
 * COMPLETED, to the Port of Spain Women's Shelter ({@code partner1-tt}) and UNHCR ({@code partner2-tt}).
 */
@Dependent
public class DemoCases {

    /** The aliases that name the demo cases (their first victim's); what makes seeding idempotent. */
    public static final String JM_FIRST = "Demo Amber (fictional)";
    public static final String JM_SECOND = "Demo Basil (fictional)";
    public static final String JM_THIRD = "Demo Cedar (fictional)";
    public static final String TT_FIRST = "Demo Elm (fictional)";

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());
    private static final String FICTIONAL = "Fictional-Demo";

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    AgencyRepository agencies;

    @Inject
    CaseRepository cases;

    @Inject
    VictimRepository victims;

    @Inject
    ReferralRepository referrals;

    @Inject
    UnitOfWork work;

    @Inject
    @ConfigProperty(name = "casebridge.referral.due-hours.urgent", defaultValue = "24")
    int urgentHours;

    @Inject
    @ConfigProperty(name = "casebridge.referral.due-hours.normal", defaultValue = "72")
    int normalHours;

    private Instant now;
    private LocalDate today;

    void createIfMissing() {
        now = Instant.now();
        today = LocalDate.now(ZoneOffset.UTC);
        int created = 0;
        if (missing(JM_FIRST)) {
            jamaicaOpenReferrals();
            created++;
        }
        if (missing(JM_SECOND)) {
            jamaicaSettledReferrals();
            created++;
        }
        if (missing(JM_THIRD)) {
            jamaicaConsentCases();
            created++;
        }
        if (missing(TT_FIRST)) {
            trinidadReferrals();
            created++;
        }
        if (created > 0) {
            LOG.log(Level.INFO, "Demo mode: {0} demo case(s) with fictional victims and referrals created.", created);
        }
    }

    /** Whether the demo case named by this alias is still to be created (voided or edited ones count as there). */
    boolean missing(String alias) {
        return em.createQuery("select count(v) from Victim v where v.alias = :alias", Long.class)
                .setParameter("alias", alias).getSingleResult() == 0;
    }

    /** DRAFT, SENT (just now), SENT and overdue, ACCEPTED. */
    private void jamaicaOpenReferrals() {
        UserAccount cw = user("cw1-jm");
        Victim amber = victim("Amber", JM_FIRST, Gender.FEMININE, 24, "JM", "en");
        consent(amber, cw, ConsentScope.COUNTRY, "JM", 40);
        CaseFile c = openCase(cw, 45, "Demo data: Kingston (fictional)", ExploitationType.SEXUAL_EXPLOITATION, amber);
        Agency safehouse = agency("JM-SAFEHOUSE");
        Agency health = agency("JM-HEALTH");
        referral(c, amber, cw, safehouse, Urgency.NORMAL, "Needs a safe place to stay while the case is prepared (demo).",
                ServiceType.SHELTER);
        Referral sent = referral(c, amber, cw, safehouse, Urgency.URGENT, "Needs a safe bed tonight (demo).",
                ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL);
        send(sent, amber, cw, hoursAgo(2));
        Referral overdue = referral(c, amber, cw, health, Urgency.NORMAL, "Needs a medical check-up (demo).", ServiceType.MEDICAL);
        send(overdue, amber, cw, hoursAgo(5 * 24));
        Referral accepted = referral(c, amber, cw, safehouse, Urgency.NORMAL, "Counselling after the interview (demo).",
                ServiceType.PSYCHOSOCIAL);
        send(accepted, amber, cw, hoursAgo(6 * 24));
        accepted.accept("partner1-jm", hoursAgo(5 * 24));
    }

    /** DECLINED, COMPLETED, REVOKED. */
    private void jamaicaSettledReferrals() {
        UserAccount cw = user("cw1-jm");
        Victim basil = victim("Basil", JM_SECOND, Gender.MASCULINE, 31, "VE", "es", "en");
        consent(basil, cw, ConsentScope.COUNTRY, "JM", 60);
        CaseFile c = openCase(cw, 70, "Demo data: Montego Bay (fictional)", ExploitationType.FORCED_LABOUR, basil);
        Agency safehouse = agency("JM-SAFEHOUSE");
        Agency health = agency("JM-HEALTH");
        Referral declined = referral(c, basil, cw, safehouse, Urgency.NORMAL, "Needs shelter for two weeks (demo).",
                ServiceType.SHELTER);
        send(declined, basil, cw, hoursAgo(30 * 24));
        declined.decline("No bed free for an adult man this month (demo).", "partner1-jm", hoursAgo(29 * 24));
        Referral completed = referral(c, basil, cw, health, Urgency.URGENT, "Injury to the hand from the work site (demo).",
                ServiceType.MEDICAL);
        send(completed, basil, cw, hoursAgo(50 * 24));
        completed.accept("partner2-jm", hoursAgo(50 * 24 - 3));
        completed.complete("Treated; follow-up visit done (demo).", EnumSet.of(ServiceType.MEDICAL), daysAgo(40), today);
        Referral revoked = referral(c, basil, cw, safehouse, Urgency.NORMAL, "Counselling in Spanish (demo).",
                ServiceType.PSYCHOSOCIAL);
        send(revoked, basil, cw, hoursAgo(20 * 24));
        revoked.revoke("He moved to his family in Ocho Rios; referred there instead (demo).", "cw1-jm", hoursAgo(18 * 24));
    }

    /** One referral whose consent the victim withdrew later; one sent on a supervisor's override for a child. */
    private void jamaicaConsentCases() {
        UserAccount cw = user("cw1-jm");
        Victim cedar = victim("Cedar", JM_THIRD, Gender.FEMININE, 19, "HT", "ht", "fr");
        Consent consent = consent(cedar, cw, ConsentScope.AGENCY, "JM-SAFEHOUSE", 30);
        Victim dahlia = victim("Dahlia", "Demo Dahlia (fictional)", Gender.FEMININE, 13, "HT", "ht");
        CaseFile c = openCase(cw, 35, "Demo data: Spanish Town (fictional)", ExploitationType.SEXUAL_EXPLOITATION, cedar,
                dahlia);
        Referral withdrawn = referral(c, cedar, cw, agency("JM-SAFEHOUSE"), Urgency.NORMAL,
                "Shelter and counselling for a young woman (demo).", ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL);
        send(withdrawn, cedar, cw, hoursAgo(10 * 24));
        withdrawn.accept("partner1-jm", hoursAgo(9 * 24));
        LocalDate on = daysAgo(3);
        consent.withdraw(on, today);
        withdrawn.consentWithdrawn(on);
        Referral override = referral(c, dahlia, cw, agency("JM-HEALTH"), Urgency.URGENT,
                "Medical examination of a child; no guardian can consent (demo).", ServiceType.MEDICAL);
        override.overrideConsent("Child at immediate risk; Child Care and Protection Act (demo).", "sup-jm", hoursAgo(4));
        send(override, dahlia, cw, hoursAgo(3));
    }

    /** Trinidad and Tobago: SENT and COMPLETED, to both of its demo partners. */
    private void trinidadReferrals() {
        UserAccount cw = user("cw1-tt");
        Victim elm = victim("Elm", TT_FIRST, Gender.MASCULINE, 27, "VE", "es");
        consent(elm, cw, ConsentScope.COUNTRY, "TT", 20);
        CaseFile c = openCase(cw, 25, "Demo data: Port of Spain (fictional)", ExploitationType.FORCED_LABOUR, elm);
        Referral sent = referral(c, elm, cw, agency("TT-SHELTER"), Urgency.NORMAL, "Needs shelter after leaving the boat (demo).",
                ServiceType.SHELTER);
        send(sent, elm, cw, hoursAgo(20));
        Referral completed = referral(c, elm, cw, agency("TT-UNHCR"), Urgency.NORMAL, "Asylum advice (demo).",
                ServiceType.LEGAL, ServiceType.INTERPRETATION);
        send(completed, elm, cw, hoursAgo(15 * 24));
        completed.accept("partner2-tt", hoursAgo(14 * 24));
        completed.complete("Registered with UNHCR; interpreter arranged (demo).",
                EnumSet.of(ServiceType.LEGAL, ServiceType.INTERPRETATION), daysAgo(5), today);
    }

    Victim victim(String firstName, String alias, Gender gender, int age, String citizenship, String... languages) {
        VictimDetails d = new VictimDetails(firstName, FICTIONAL, alias, gender, null, age, Set.of(citizenship),
                Set.of(languages), age < 18 ? TraffickingStatus.POSSIBLE : TraffickingStatus.ACTUAL,
                age < 18 ? null : StatusDecisionOrg.values()[0], age - 1, null,
                citizenship.equals("JM") || citizenship.equals("TT") ? MigrationStatus.NATIONAL : MigrationStatus.IRREGULAR_MIGRANT,
                null, null, null);
        return new Victim(d, today);
    }

    private Consent consent(Victim v, UserAccount recordedBy, ConsentScope scope, String value, int daysAgo) {
        return consent(v, recordedBy, ConsentPurpose.SERVICE_REFERRAL, scope, value, daysAgo);
    }

    Consent consent(Victim v, UserAccount recordedBy, ConsentPurpose purpose, ConsentScope scope, String value, int daysAgo) {
        return v.recordConsent(purpose, scope, value, daysAgo(daysAgo), null,
                recordedBy.getUsername().value(), today);
    }

    CaseFile openCase(UserAccount cw, int daysAgo, String place, ExploitationType type, Victim... caseVictims) {
        CaseDetails d = new CaseDetails(CaseStage.ASSISTANCE, RiskLevel.HIGH, daysAgo(daysAgo), place, EnumSet.of(type), null,
                null, EnumSet.of(MethodOfControl.values()[0]), EnumSet.of(MethodOfRecruitment.values()[0]), null, null,
                today.plusDays(14));
        CaseFile c = new CaseFile(cases.nextNumber(cw.getAgency().getCountry().getCode(), today.getYear()), cw, d, today);
        for (Victim v : caseVictims) {
            victims.add(v);
            c.linkVictim(v);
        }
        cases.add(c);
        work.flush();
        return c;
    }

    private Referral referral(CaseFile c, Victim v, UserAccount cw, Agency partner, Urgency urgency, String reason,
            ServiceType... services) {
        SummaryChoice share = new SummaryChoice(EnumSet.of(SummaryField.ALIAS, SummaryField.GENDER, SummaryField.AGE_BAND,
                SummaryField.LANGUAGES), "Demo needs: a quiet room and someone who speaks her or his language.",
                "Demo safety note: do not share the address with visitors.", "Demo contact: through the caseworker only.");
        Referral r = referrals.add(new Referral(c.getId(), v, cw.getAgency(), cw.getUsername().value(), partner,
                EnumSet.of(services[0], services), urgency, reason, share, today));
        work.flush();
        return r;
    }

    private void send(Referral r, Victim v, UserAccount cw, Instant at) {
        Duration due = Duration.ofHours(r.getUrgency() == Urgency.URGENT ? urgentHours : normalHours);
        r.send(v, cw.getUsername().value(), at, LocalDate.ofInstant(at, ZoneOffset.UTC), due);
    }

    UserAccount user(String username) {
        return accounts.findByUsername(new Username(username)).orElseThrow();
    }

    private Agency agency(String code) {
        return agencies.agencyByCode(new AgencyCode(code)).orElseThrow();
    }

    Instant hoursAgo(long hours) {
        return now.minus(Duration.ofHours(hours));
    }

    LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }
}
