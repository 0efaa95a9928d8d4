package org.casebridge.application.cooperation.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.domain.model.cooperation.CaseExtract;
import org.casebridge.domain.model.cooperation.ExtractField;
import org.casebridge.domain.model.victim.Gender;

/** The case extract as both countries see it: the chosen fields, frozen at sending (a draft: as it would be sent now). */
public record ExtractView(Set<ExtractField> fields, String caseNumber, LocalDate identifiedOn, String identificationPlace,
        String exploitation, String controlAndRecruitment, String perpetrators, String givenName, String familyName,
        String alias, Gender gender, LocalDate birthDate, Integer estimatedAge, Set<String> citizenships, Set<String> languages)
        implements Serializable {

    public static ExtractView of(CaseExtract e) {
        return new ExtractView(e.getFields(), e.getCaseNumber(), e.getIdentifiedOn(), e.getIdentificationPlace(),
                e.getExploitation(), e.getControlAndRecruitment(), e.getPerpetrators(), e.getGivenName(), e.getFamilyName(),
                e.getAlias(), e.getGender(), e.getBirthDate(), e.getEstimatedAge(),
                e.getCitizenships().isEmpty() ? null : e.getCitizenships(), e.getLanguages().isEmpty() ? null : e.getLanguages());
    }
}
