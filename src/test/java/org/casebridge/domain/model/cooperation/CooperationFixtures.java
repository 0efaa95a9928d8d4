package org.casebridge.domain.model.cooperation;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyDetails;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseNumber;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.Perpetrator;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;

/** A Jamaican case with a victim and a perpetrator, and requests to The Bahamas in every status (ids set as the database would). */
final class CooperationFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final ResponseTimes TIMES = new ResponseTimes(Duration.ofHours(48), Duration.ofDays(10));
    static final Country JAMAICA = new Country(CountryCode.of("JM"), "Jamaica", true);
    static final Country BAHAMAS = new Country(CountryCode.of("BS"), "The Bahamas", true);
    static final Country CUBA_NOT_PARTICIPATING = new Country(CountryCode.of("CU"), "Cuba", false);
    static final Agency POLICE = new Agency(new AgencyCode("JM-POLICE"), new AgencyDetails("Police",
            AgencyType.LAW_ENFORCEMENT, JAMAICA, Set.of(), null, null, null));
    static final RequestReference REFERENCE = RequestReference.of(CountryCode.of("JM"), 2026, 7);

    private CooperationFixtures() {
    }

    static Victim victim() {
        return id(new Victim(new VictimDetails("Canarygiven", "Canaryfamily", "V-Canary", Gender.FEMININE, TODAY.minusYears(19),
                null, Set.of("HT"), Set.of("ht"), TraffickingStatus.POSSIBLE, null, 17, RelationshipToTrafficker.ACQUAINTED,
                MigrationStatus.IRREGULAR_MIGRANT, "+18765550100", "canary@example.org", "1 Canary Road"), TODAY), 10);
    }

    static CaseFile caseWith(Victim v) {
        UserAccount cw = new UserAccount(new Username("fp-jm"), "Focal point", POLICE, EnumSet.of(Role.CASEWORKER, Role.FOCAL_POINT),
                "hash", NOW);
        CaseFile c = id(new CaseFile(CaseNumber.of(CountryCode.of("JM"), 2026, 42), cw, new CaseDetails(CaseStage.IDENTIFICATION,
                RiskLevel.HIGH, TODAY.minusDays(3), "Montego Bay", EnumSet.of(ExploitationType.SEXUAL_EXPLOITATION),
                EnumSet.of(SexExploitationType.PROSTITUTION), null, EnumSet.of(MethodOfControl.DEBT_BONDAGE),
                EnumSet.noneOf(MethodOfRecruitment.class), EnumSet.noneOf(WebsiteOrApp.class), EnumSet.noneOf(WebsiteOrApp.class),
                null), TODAY), 100);
        c.linkVictim(v);
        c.linkPerpetrator(new Perpetrator("Canary Trafficker", EnumSet.of(PerpetratorRole.RECRUITER_OR_INTERMEDIARY), RelationshipToTrafficker.ACQUAINTED,
                "Canary Ltd"));
        c.addNote("Canary note: never shared", "fp-jm", NOW);
        return c;
    }

    static Victim consentingTo(String country) {
        Victim v = victim();
        v.recordConsent(ConsentPurpose.CROSS_BORDER_SHARING, ConsentScope.COUNTRY, country, TODAY.minusDays(1), null, "fp-jm", TODAY);
        return v;
    }

    static ExtractChoice caseOnly() {
        return new ExtractChoice(EnumSet.of(ExtractField.CASE_NUMBER, ExtractField.EXPLOITATION), null);
    }

    static ExtractChoice withNames(Victim v) {
        return new ExtractChoice(EnumSet.of(ExtractField.CASE_NUMBER, ExtractField.VICTIM_NAMES, ExtractField.VICTIM_BIRTH),
                v.getId());
    }

    static CooperationRequest draft(CaseFile c, Victim v, ExtractChoice choice, String sharingBasis) {
        return id(new CooperationRequest(c, v, BAHAMAS, "fp-jm", RequestType.FAMILY_TRACING, Priority.URGENT,
                "Bilateral memorandum of 2019", "Trace the victim's mother", choice, sharingBasis, TODAY), 500);
    }

    /** A request with the case only in its extract, brought to {@code status} along the allowed path. */
    static CooperationRequest in(RequestStatus status) {
        Victim v = victim();
        CaseFile c = caseWith(v);
        CooperationRequest r = draft(c, v, caseOnly(), null);
        if (status == RequestStatus.DRAFT) {
            return r;
        }
        r.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES);
        switch (status) {
            case ACKNOWLEDGED -> r.acknowledge("fp-bs", NOW);
            case ANSWERED -> {
                r.acknowledge("fp-bs", NOW);
                r.answer("fp-bs", NOW);
            }
            case CLOSED -> {
                r.acknowledge("fp-bs", NOW);
                r.answer("fp-bs", NOW);
                r.close("fp-jm", NOW);
            }
            case REFUSED -> r.refuse("outside our mandate", "fp-bs", NOW);
            case WITHDRAWN -> r.withdraw("victim found", "fp-jm", NOW);
            default -> {
            }
        }
        return r;
    }

    static <T> T id(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
