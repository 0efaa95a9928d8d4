package org.casebridge.interfaces.casefile.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.junit.jupiter.api.Test;

/** Reload and reapply: the user's own changes go over the latest version, and nothing else of theirs does. */
class CaseFormTest {

    private static CaseForm form(RiskLevel risk, String place, ExploitationType... types) {
        CaseForm f = new CaseForm();
        f.setStage(CaseStage.IDENTIFICATION);
        f.setRiskLevel(risk);
        f.setIdentificationDate(LocalDate.of(2026, 11, 2));
        f.setIdentificationPlace(place);
        f.setExploitationTypes(types);
        return f;
    }

    @Test
    void onlyTheFieldsTheUserChangedGoOverTheLatestVersion() {
        CaseForm original = form(RiskLevel.LOW, "Kingston", ExploitationType.FORCED_LABOUR);
        CaseForm mine = form(RiskLevel.MEDIUM, "Kingston", ExploitationType.FORCED_LABOUR);
        CaseForm latest = form(RiskLevel.HIGH, "Kingston harbour", ExploitationType.FORCED_LABOUR,
                ExploitationType.SEXUAL_EXPLOITATION);

        CaseForm merged = CaseForm.reapplied(original, mine, latest);

        assertEquals(RiskLevel.MEDIUM, merged.getRiskLevel(), "mine");
        assertEquals("Kingston harbour", merged.getIdentificationPlace(), "theirs, which I left alone");
        assertArrayEquals(new ExploitationType[] {ExploitationType.FORCED_LABOUR, ExploitationType.SEXUAL_EXPLOITATION},
                merged.getExploitationTypes(), "theirs");
        assertEquals(RiskLevel.HIGH, latest.getRiskLevel(), "the latest version itself is not changed");
    }

    @Test
    void codesCompareAsSetsAndABlankPlaceAsNone() {
        CaseForm a = form(RiskLevel.LOW, "  ", ExploitationType.FORCED_LABOUR, ExploitationType.SEXUAL_EXPLOITATION);
        CaseForm b = form(RiskLevel.LOW, null, ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_LABOUR);
        assertEquals(List.of(), CaseForm.changed(a, b));
        b.setReviewDue(LocalDate.of(2026, 12, 24));
        assertEquals(List.of("reviewDue"), CaseForm.changed(a, b));
    }
}
