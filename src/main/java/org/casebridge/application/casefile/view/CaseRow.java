package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.RiskLevel;

/** One case in a list: what the case table and {@code GET /api/cases} show of it. */
public record CaseRow(long id, String number, String countryCode, String owningAgencyCode, UserRef assignedTo,
        CaseStatus status, CaseStage stage, RiskLevel riskLevel, LocalDate identificationDate, String identificationPlace,
        Set<ExploitationType> exploitationTypes, LocalDate reviewDue, boolean overdue, boolean closurePending,
        Instant changedAt, long version) implements Serializable {

    public static CaseRow of(CaseFile c, LocalDate today) {
        return new CaseRow(c.getId(), c.getNumber().value(), c.getCountryCode().value(), c.getOwningAgency().getCode().value(),
                UserRef.of(c.getAssignedTo()), c.getStatus(), c.getStage(), c.getRiskLevel(), c.getIdentificationDate(),
                c.getIdentificationPlace(), c.getExploitationTypes(), c.getReviewDue(), c.isOverdueOn(today),
                c.isClosurePending(), c.getChangedAt(), c.getVersion());
    }
}
