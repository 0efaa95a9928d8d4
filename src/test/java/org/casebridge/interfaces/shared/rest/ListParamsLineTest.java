package org.casebridge.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditLogQuery;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.account.rest.UserListParams;
import org.casebridge.interfaces.audit.rest.AuditListParams;
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
    void theAuditLogsParametersInOneLineAskForTheSameLogAsItsGet() {
        // a day as the end of a range includes that day, as GET /api/audit reads it
        assertEquals(new AuditLogQuery(new AuditFilter(null, "cw1-jm", null, AuditAction.DENIED, null, null, null,
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-03T00:00:00Z"), "username", true), true),
                AuditListParams.parse("username=cw1-jm&action=denied&from=2026-12-01&to=2026-12-02&sort=username&asc=true"
                        + "&hideOwnViews=true", "query").listQuery());
        for (String line : new String[] {"action=DENIED&action=VIEW", "size=5", "first=10", "status=SENT", "to=%ZZ"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> AuditListParams.parse(line, "query"), line);
            assertEquals(Set.of("query"), e.fieldErrors().keySet(), line);
        }
    }

    @Test
    void theUserListsSearchInOneLineAsksForTheSameListAsItsGet() {
        assertEquals("jm", UserListParams.parse("filter=jm", "query").listFilter());
        assertEquals(null, UserListParams.parse("", "query").listFilter());
        for (String line : new String[] {"filter=a&filter=b", "size=5", "first=0", "country=BS", "filter=a%0Ab"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> UserListParams.parse(line, "query"), line);
            assertEquals(Set.of("query"), e.fieldErrors().keySet(), line);
        }
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
