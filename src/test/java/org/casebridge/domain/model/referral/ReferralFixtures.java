package org.casebridge.domain.model.referral;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyDetails;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimDetails;

/** Agencies, a victim and referrals in every status, for the referral unit tests (ids set as the database would). */
final class ReferralFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Duration DAY = Duration.ofHours(24);
    static final Country JAMAICA = new Country(CountryCode.of("JM"), "Jamaica", true);
    static final Country BAHAMAS = new Country(CountryCode.of("BS"), "The Bahamas", true);
    static final Agency POLICE = id(new Agency(new AgencyCode("JM-POLICE"), new AgencyDetails("Police",
            AgencyType.LAW_ENFORCEMENT, JAMAICA, Set.of(), null, null, null)), 1);
    static final Agency SHELTER = id(new Agency(new AgencyCode("JM-SHELTER"), new AgencyDetails("Shelter", AgencyType.NGO,
            JAMAICA, EnumSet.of(ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL), null, null, null)), 2);
    static final Agency BS_CRISIS = id(new Agency(new AgencyCode("BS-CRISIS"), new AgencyDetails("Crisis centre", AgencyType.NGO,
            BAHAMAS, EnumSet.of(ServiceType.SHELTER), null, null, null)), 3);

    private ReferralFixtures() {
    }

    static Victim victim() {
        return id(new Victim(new VictimDetails("Ana", "Surname", "V-Blue", Gender.FEMININE, TODAY.minusYears(30), null,
                Set.of("HT"), Set.of("ht", "fr"), TraffickingStatus.POSSIBLE, null, 25, RelationshipToTrafficker.ACQUAINTED,
                MigrationStatus.IRREGULAR_MIGRANT, "+18765550100", "ana@example.org", "1 Hidden Road"), TODAY), 10);
    }

    static Victim consenting() {
        Victim v = victim();
        v.recordConsent(ConsentPurpose.SERVICE_REFERRAL, ConsentScope.ANY, null, TODAY.minusDays(1), null, "cw", TODAY);
        return v;
    }

    static SummaryChoice aliasAndNeeds() {
        return new SummaryChoice(EnumSet.of(SummaryField.ALIAS, SummaryField.AGE_BAND), "Safe bed tonight", null, null);
    }

    static Referral draft(Victim v, Agency to) {
        return id(new Referral(100, v, POLICE, "cw1", to, EnumSet.of(ServiceType.SHELTER), Urgency.URGENT, "Needs shelter",
                aliasAndNeeds(), TODAY), 500);
    }

    /** A referral to the shelter brought to {@code status} along the allowed path. */
    static Referral in(ReferralStatus status) {
        Victim v = consenting();
        Referral r = draft(v, SHELTER);
        if (status == ReferralStatus.DRAFT) {
            return r;
        }
        r.send(v, "cw1", NOW, TODAY, DAY);
        switch (status) {
            case ACCEPTED -> r.accept("partner", NOW);
            case DECLINED -> r.decline("full", "partner", NOW);
            case COMPLETED -> {
                r.accept("partner", NOW);
                r.complete("housed", EnumSet.of(ServiceType.SHELTER), TODAY, TODAY);
            }
            case REVOKED -> r.revoke("no longer needed", "cw1", NOW);
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
