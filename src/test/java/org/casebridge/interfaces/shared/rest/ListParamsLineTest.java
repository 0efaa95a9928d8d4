package org.casebridge.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.cooperation.rest.RequestListParams;
import org.casebridge.interfaces.referral.rest.ReferralListParams;
import org.junit.jupiter.api.Test;

/** A list's query as a background export is asked for over REST: the list's GET parameters in one line, read strictly. */
class ListParamsLineTest {

    @Test
    void theReferralListsParametersInOneLineAskForTheSameListAsItsGet() {
        assertEquals(new ReferralQuery(EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED), true, 7L, null),
                ReferralListParams.parse("status=SENT&status=ACCEPTED&overdue=true&agency=7", "query").listQuery());
        assertEquals(ReferralQuery.all(), ReferralListParams.parse("", "query").listQuery());
    }

    @Test
    void theCooperationListsParametersInOneLineAskForTheSameListAsItsGet() {
        assertEquals(new RequestQuery(Direction.INCOMING, Set.of(RequestStatus.SENT), "BS",
                EnumSet.of(RequestType.FAMILY_TRACING, RequestType.LEGAL_ASSISTANCE), false, null),
                RequestListParams.parse("direction=INCOMING&status=SENT&counterpart=bs&type=FAMILY_TRACING&type=LEGAL_ASSISTANCE",
                        "query").listQuery());
    }

    @Test
    void aNameTheListDoesNotTakeARepeatedOneOrALineTooLongIsRefusedAsTheQuery() {
        for (String line : new String[] {"bogus=1", "size=5", "after=3", "overdue=true&overdue=false", "caseId=%ZZ",
            "status=SENT%0Aoverdue", "x".repeat(ListParams.QUERY_MAX + 1)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> ReferralListParams.parse(line, "query"), line);
            assertEquals(Set.of("query"), e.fieldErrors().keySet(), line);
        }
        for (String line : new String[] {"direction=INCOMING&direction=OUTGOING", "mine=true", "sort=NUMBER"}) {
            assertThrows(ValidationException.class, () -> RequestListParams.parse(line, "query"), line);
        }
    }
}
