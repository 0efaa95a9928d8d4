package org.casebridge.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which refusals each kind of operation documents in /openapi, by the rules the REST layer applies. */
class ApiDescriptionTest {

    private static Set<Integer> of(Integer... statuses) {
        return new TreeSet<>(List.of(statuses));
    }

    @Test
    void aReadOfOneRecordCanBeUnauthenticatedRefusedOrNotFound() {
        assertEquals(of(401, 403, 404), ApiDescription.problemStatuses("GET", "getCase", false, false, true, false));
    }

    @Test
    void aListChecksItsParametersButNamesNoRecord() {
        assertEquals(of(400, 401, 403), ApiDescription.problemStatuses("GET", "listCases", false, false, false, false));
        assertEquals(of(400, 401, 403), ApiDescription.problemStatuses("GET", "exportAuditEntries", false, false, false, false));
    }

    @Test
    void aReadWithQueryParametersOrTextInItsPathChecksThem() {
        assertEquals(of(400, 401, 403), ApiDescription.problemStatuses("GET", "listCooperationTimings", false, true, false, false));
        assertEquals(of(400, 401, 403, 404), ApiDescription.problemStatuses("GET", "getWitnessedCheckpoints", false, true, true,
                false));
    }

    @Test
    void aReadWithoutInputIsNeverABadRequest() {
        assertEquals(of(401, 403), ApiDescription.problemStatuses("GET", "getMe", false, false, false, false));
    }

    @Test
    void aCreationChecksItsBodyAndItsRules() {
        assertEquals(of(400, 401, 403, 409), ApiDescription.problemStatuses("POST", "createCase", true, false, false, false));
    }

    @Test
    void aChangeUnderOptimisticLockingAlsoAnswersPreconditionFailedAndRequired() {
        assertEquals(of(400, 401, 403, 404, 409, 412, 428),
                ApiDescription.problemStatuses("PUT", "updateCase", true, false, true, true));
        assertEquals(of(401, 403, 404, 409, 412, 428),
                ApiDescription.problemStatuses("POST", "acceptReferral", false, false, true, true));
    }

    @Test
    void aChangeWithoutBodyOrVersionIsNotABadRequest() {
        assertEquals(of(401, 403, 404, 409), ApiDescription.problemStatuses("DELETE", "removeCaseTeamMember", false, false, true,
                false));
        assertEquals(of(401, 403, 409), ApiDescription.problemStatuses("POST", "markAllNotificationsRead", false, false, false,
                false));
    }

    @Test
    void everyDocumentedStatusHasANamedProblemAnswer() {
        assertEquals(of(400, 401, 403, 404, 409, 412, 428), new TreeSet<>(ApiDescription.PROBLEMS.keySet()));
    }
}
