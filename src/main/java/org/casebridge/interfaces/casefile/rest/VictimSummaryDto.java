package org.casebridge.interfaces.casefile.rest;

import java.time.LocalDate;
import java.util.List;
import org.casebridge.domain.model.victim.Victim;

/**
 * A victim as a case shows them: the alias, never the names or contact (those only in
 * {@code GET /api/victims/{id}}), and the consents in force today.
 */
public record VictimSummaryDto(long id, String alias, Boolean minor, String traffickingStatus,
        List<ConsentDto> currentConsents) {

    static VictimSummaryDto of(Victim v) {
        LocalDate today = LocalDate.now();
        return new VictimSummaryDto(v.getId(), v.getAlias(), v.isMinorOn(today), v.getTraffickingStatus().name(),
                v.consentsValidOn(today).stream().map(ConsentDto::of).toList());
    }
}
