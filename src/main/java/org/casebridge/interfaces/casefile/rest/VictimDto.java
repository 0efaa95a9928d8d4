package org.casebridge.interfaces.casefile.rest;

import java.time.LocalDate;
import java.util.List;
import org.casebridge.domain.model.victim.Victim;

/** A victim's full record, for those who may see one of their cases; {@code minor} and {@code ageToday} are derived. */
public record VictimDto(long id, String givenName, String familyName, String alias, String gender, LocalDate birthDate,
        Integer estimatedAge, LocalDate estimatedAgeOn, Integer ageToday, Boolean minor, List<String> citizenships,
        List<String> languages, String traffickingStatus, String statusDecidedBy, Integer ageWhenTrafficked,
        String relationshipToTrafficker, String migrationStatus, String contactPhone, String contactEmail,
        String contactAddress, List<ConsentDto> consents, long version) {

    static VictimDto of(Victim v) {
        LocalDate today = LocalDate.now();
        return new VictimDto(v.getId(), v.getGivenName(), v.getFamilyName(), v.getAlias(), name(v.getGender()),
                v.getBirthDate(), v.getEstimatedAge(), v.getEstimatedAgeOn(), v.ageOn(today), v.isMinorOn(today),
                List.copyOf(v.getCitizenships()), List.copyOf(v.getLanguages()), name(v.getTraffickingStatus()),
                name(v.getStatusDecidedBy()), v.getAgeWhenTrafficked(), name(v.getRelationshipToTrafficker()),
                name(v.getMigrationStatus()), v.getContactPhone(), v.getContactEmail(), v.getContactAddress(),
                v.getConsents().stream().map(ConsentDto::of).toList(), v.getVersion());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
