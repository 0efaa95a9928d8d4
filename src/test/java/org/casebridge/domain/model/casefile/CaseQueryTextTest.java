package org.casebridge.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class CaseQueryTextTest {

    @Test
    void everyFilterAndTheSortSurviveTheLineKeptWithAnExport() {
        CaseQuery q = new CaseQuery("Pétion & co=1", "2026-0", EnumSet.of(CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP),
                CaseStage.values()[0], RiskLevel.HIGH, ExploitationType.FORCED_LABOUR, "JM", 12L, LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 3, 4), true, CaseSort.NUMBER, true, new CaseQuery.Work(RiskLevel.MEDIUM, true, true, true));
        assertEquals(q, CaseQueryText.decode(CaseQueryText.encode(q)));
        assertEquals(CaseQuery.all(), CaseQueryText.decode(CaseQueryText.encode(CaseQuery.all())));
    }

    @Test
    void aLineThatIsNotACaseListsIsRefusedRatherThanWideningTheList() {
        for (String line : new String[] {"bogus=1", "status=NOPE", "sort=NUMBER&sort=RISK", "overdue=yes", "from=2025-13-01",
            "country=JAM", "assignedTo=me", "q"}) {
            assertThrows(ValidationException.class, () -> CaseQueryText.decode(line), line);
        }
    }
}
