package org.casebridge.interfaces.casefile.rest;

import java.util.LinkedHashSet;
import java.util.List;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.StatusDecisionOrg;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.VictimDetails;

/** What a client records about a victim; the minor flag is derived, never sent. */
public record VictimInput(String givenName, String familyName, String alias, String gender, String birthDate,
        Integer estimatedAge, List<String> citizenships, List<String> languages, String traffickingStatus,
        String statusDecidedBy, Integer ageWhenTrafficked, String relationshipToTrafficker, String migrationStatus,
        String contactPhone, String contactEmail, String contactAddress) {

    /** The details, with parse errors reported as {@code prefix + field}. */
    VictimDetails details(String prefix, ValidationException.Collector errors) {
        return new VictimDetails(givenName, familyName, alias,
                Fields.code(Gender.class, gender, prefix + "gender", errors),
                Fields.date(birthDate, prefix + "birthDate", errors), estimatedAge,
                citizenships == null ? null : new LinkedHashSet<>(citizenships),
                languages == null ? null : new LinkedHashSet<>(languages),
                Fields.code(TraffickingStatus.class, traffickingStatus, prefix + "traffickingStatus", errors),
                Fields.code(StatusDecisionOrg.class, statusDecidedBy, prefix + "statusDecidedBy", errors), ageWhenTrafficked,
                Fields.code(RelationshipToTrafficker.class, relationshipToTrafficker, prefix + "relationshipToTrafficker", errors),
                Fields.code(MigrationStatus.class, migrationStatus, prefix + "migrationStatus", errors),
                contactPhone, contactEmail, contactAddress);
    }

    VictimDetails details() {
        ValidationException.Collector errors = new ValidationException.Collector();
        VictimDetails d = details("", errors);
        errors.throwIfAny();
        return d;
    }
}
