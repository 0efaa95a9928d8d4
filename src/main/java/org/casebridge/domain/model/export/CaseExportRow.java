package org.casebridge.domain.model.export;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a case export: a case and one of its victims (or the case alone when it has none), with
 * the coded fields as stored (constant names; the writer turns them into the standard's value names).
 * The identifying fields (names, contact) are read from the database only when the export asked for
 * them, and are null otherwise; the birth date only when asked for or needed for an age (never written
 * unless asked for).
 */
public record CaseExportRow(long caseId, String caseNumber, String country, String status, LocalDate identificationDate,
        List<String> exploitationTypes, List<String> sexExploitationTypes, String forcedLabourIndustry,
        List<String> methodsOfControl, List<String> methodsOfRecruitment, List<String> recruitmentApps,
        List<String> exploitationApps, List<String> exploitationCountries, Long victimId, String gender,
        Integer estimatedAge, LocalDate estimatedAgeOn, List<String> citizenships, List<String> languages,
        String traffickingStatus, String statusDecidedBy, Integer ageWhenTrafficked, String relationshipToTrafficker,
        String migrationStatus, LocalDate birthDate, Identity identity) {

    /** Names and contact; each null unless asked for. */
    public record Identity(String givenName, String familyName, String phone, String email, String address) {

        public static final Identity NONE = new Identity(null, null, null, null, null);
    }

    /** The victim's age in whole years at {@code on}: from the birth date, else from the estimate. */
    public Integer ageOn(LocalDate on) {
        if (birthDate != null) {
            return java.time.Period.between(birthDate, on).getYears();
        }
        if (estimatedAge != null) {
            int years = estimatedAgeOn == null ? 0 : java.time.Period.between(estimatedAgeOn, on).getYears();
            return estimatedAge + years;
        }
        return null;
    }
}
