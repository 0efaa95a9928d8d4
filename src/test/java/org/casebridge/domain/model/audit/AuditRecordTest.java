package org.casebridge.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditRecordTest {

    private static AuditRecord withDetail(String detail) {
        return new AuditRecord("cw1-jm", "caseworker", "JM-POLICE-TIP", "JM", "10.0.0.1", "node-1",
                AuditAction.STATE_CHANGE, "referral", "42", "JM", null, AuditOutcome.OK, detail);
    }

    private static AuditRecord withRecordId(String recordId) {
        return new AuditRecord("cw1-jm", null, null, null, null, null, AuditAction.VIEW, "case", recordId, null, null,
                AuditOutcome.OK, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=PENDING to=ACCEPTED", "reason: bad credentials", "ids [1, 2, 3] (page #2)",
            "path=/api/cases/12", ""})
    void machineDetailIsAccepted(String detail) {
        assertEquals(detail, withDetail(detail).detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"name=O'Brien", "name=\"Maria\"", "line one\nline two", "tab\there", "note=<script>",
            "victim=José", "a;b", "50% off", "email=maria@example.org"})
    void detailWithCharactersOutsideTheSafeAlphabetIsRefused(String detail) {
        assertThrows(IllegalArgumentException.class, () -> withDetail(detail));
    }

    @Test
    void detailLongerThan500CharactersIsRefused() {
        assertEquals(500, withDetail("x".repeat(500)).detail().length());
        assertThrows(IllegalArgumentException.class, () -> withDetail("x".repeat(501)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maria Lopez", "42;drop", "JM-2026-1\n"})
    void recordIdMustBeAnIdentifier(String recordId) {
        assertThrows(IllegalArgumentException.class, () -> withRecordId(recordId));
    }

    @Test
    void actionAndOutcomeAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord("u", null, null, null, null, null, null,
                null, null, null, null, AuditOutcome.OK, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord("u", null, null, null, null, null,
                AuditAction.VIEW, null, null, null, null, null, null));
    }

    @Test
    void tooManyShownIdsAreRefused() {
        String ids = "1,".repeat(AuditRecord.SHOWN_IDS_MAX / 2);
        assertEquals(AuditRecord.SHOWN_IDS_MAX, ids.length());
        new AuditRecord("u", null, null, null, null, null, AuditAction.LIST, "case", null, null, ids, AuditOutcome.OK,
                null);

        assertThrows(IllegalArgumentException.class, () -> new AuditRecord("u", null, null, null, null, null,
                AuditAction.LIST, "case", null, null, ids + "9", AuditOutcome.OK, null));
    }
}
