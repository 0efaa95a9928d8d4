package org.casebridge.domain.model.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class RequestQueryTextTest {

    @Test
    void everyFilterSurvivesTheLineKeptWithAnExport() {
        RequestQuery q = new RequestQuery(Direction.INCOMING, EnumSet.of(RequestStatus.SENT, RequestStatus.ACKNOWLEDGED), "BS",
                EnumSet.of(RequestType.FAMILY_TRACING, RequestType.IDENTITY_VERIFICATION), true, 12L);
        assertEquals("direction=INCOMING&status=SENT%2CACKNOWLEDGED&type=IDENTITY_VERIFICATION%2CFAMILY_TRACING"
                + "&counterpart=BS&overdue=true&caseId=12", RequestQueryText.encode(q));
        assertEquals(q, RequestQueryText.decode(RequestQueryText.encode(q)));
        assertEquals(RequestQuery.all(), RequestQueryText.decode(RequestQueryText.encode(RequestQuery.all())));
    }

    @Test
    void aLineThatIsNotARequestListsIsRefusedRatherThanWideningTheList() {
        for (String line : new String[] {"bogus=1", "direction=SIDEWAYS", "direction=incoming", "status=NOPE",
            "type=SENT", "counterpart=BSS", "counterpart=bs", "overdue=1", "caseId=x", "direction=INCOMING&direction=OUTGOING"}) {
            assertThrows(ValidationException.class, () -> RequestQueryText.decode(line), line);
        }
    }
}
