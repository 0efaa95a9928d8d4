package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.StatusDecisionOrg;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.Victim;

/**
 * A victim's full record, names and contact included: shown only to those who may read one of the
 * victim's cases, and only when asked for (every read is audited). The version is for If-Match.
 */
public record VictimSheet(long id, String givenName, String familyName, String alias, Gender gender, LocalDate birthDate,
        Integer estimatedAge, LocalDate estimatedAgeOn, Integer ageToday, Boolean minor, Set<String> citizenships,
        Set<String> languages, TraffickingStatus traffickingStatus, StatusDecisionOrg statusDecidedBy,
        Integer ageWhenTrafficked, RelationshipToTrafficker relationshipToTrafficker, MigrationStatus migrationStatus,
        String contactPhone, String contactEmail, String contactAddress, List<ConsentView> consents, long version)
        implements Serializable {

    /**
     * {@code identifiedOn}: the earliest identification date of the victim's cases the reader may read, at
     * which "minor" is decided (or, where known, at the age when trafficked); never today's age.
     */
    public static VictimSheet of(Victim v, LocalDate identifiedOn, LocalDate today) {
        return new VictimSheet(v.getId(), v.getGivenName(), v.getFamilyName(), v.getAlias(), v.getGender(), v.getBirthDate(),
                v.getEstimatedAge(), v.getEstimatedAgeOn(), v.ageOn(today), v.isMinorWhenIdentified(identifiedOn), v.getCitizenships(),
                v.getLanguages(), v.getTraffickingStatus(), v.getStatusDecidedBy(), v.getAgeWhenTrafficked(),
                v.getRelationshipToTrafficker(), v.getMigrationStatus(), v.getContactPhone(), v.getContactEmail(),
                v.getContactAddress(), v.getConsents().stream().map(c -> ConsentView.of(c, today)).toList(), v.getVersion());
    }
}
