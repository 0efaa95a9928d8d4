package org.casebridge.interfaces.casefile.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.domain.model.casefile.CaseFile;

/** A row of a case list: what tells cases apart, no people's details. */
public record CaseSummaryDto(long id, String number, String countryCode, String owningAgencyCode, UserRefDto assignedTo,
        String status, String stage, String riskLevel, LocalDate identificationDate, String identificationPlace,
        List<String> exploitationTypes, LocalDate reviewDue, boolean overdue, boolean closurePending, Instant changedAt,
        long version) {

    static CaseSummaryDto of(CaseFile c) {
        return new CaseSummaryDto(c.getId(), c.getNumber().value(), c.getCountryCode().value(),
                c.getOwningAgency().getCode().value(), UserRefDto.of(c.getAssignedTo()), c.getStatus().name(),
                c.getStage().name(), c.getRiskLevel().name(), c.getIdentificationDate(), c.getIdentificationPlace(),
                CaseDto.names(c.getExploitationTypes()), c.getReviewDue(), c.isOverdueOn(LocalDate.now()),
                c.isClosurePending(), c.getChangedAt(), c.getVersion());
    }
}
