package org.casebridge.domain.model.victim;

import java.time.LocalDate;
import java.util.Set;

/** Everything a caseworker records about a victim, validated together by {@link Victim#describe}. */
public record VictimDetails(String givenName, String familyName, String alias, Gender gender, LocalDate birthDate,
        Integer estimatedAge, Set<String> citizenships, Set<String> languages, TraffickingStatus traffickingStatus,
        StatusDecisionOrg statusDecidedBy, Integer ageWhenTrafficked, RelationshipToTrafficker relationshipToTrafficker,
        MigrationStatus migrationStatus, String contactPhone, String contactEmail, String contactAddress) {
}
