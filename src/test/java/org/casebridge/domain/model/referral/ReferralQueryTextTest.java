package org.casebridge.domain.model.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class ReferralQueryTextTest {

    @Test
    void everyFilterSurvivesTheLineKeptWithAnExport() {
        ReferralQuery q = new ReferralQuery(EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED), true, 7L, 12L);
        assertEquals("status=SENT%2CACCEPTED&overdue=true&agency=7&caseId=12", ReferralQueryText.encode(q));
        assertEquals(q, ReferralQueryText.decode(ReferralQueryText.encode(q)));
        assertEquals("", ReferralQueryText.encode(ReferralQuery.all()));
        assertEquals(ReferralQuery.all(), ReferralQueryText.decode(""));
        assertEquals(ReferralQuery.all(), ReferralQueryText.decode(null));
    }

    @Test
    void aLineThatIsNotAReferralListsIsRefusedRatherThanWideningTheList() {
        for (String line : new String[] {"bogus=1", "status=NOPE", "status=", "overdue=yes", "agency=me", "caseId=-1",
            "status=SENT&status=DRAFT", "sort=NUMBER", "overdue", "caseId=%ZZ"}) {
            assertThrows(ValidationException.class, () -> ReferralQueryText.decode(line), line);
        }
    }
}
