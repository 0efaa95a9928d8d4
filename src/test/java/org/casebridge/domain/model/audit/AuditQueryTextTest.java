package org.casebridge.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class AuditQueryTextTest {

    private static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, null, null, null, false);

    @Test
    void everyFilterAndTheOrderSurviveTheLineKeptWithAnExport() {
        AuditLogQuery q = new AuditLogQuery(new AuditFilter(null, "cw1-jm", "JM-MNS", AuditAction.CREATE, "case_file", "12&x=1",
                AuditOutcome.DENIED, Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"), "username",
                true), true);
        String line = AuditQueryText.encode(q);
        assertEquals("username=cw1-jm&agency=JM-MNS&action=CREATE&recordType=case_file&recordId=12%26x%3D1&outcome=DENIED"
                + "&from=2026-12-01T00%3A00%3A00Z&to=2026-12-02T00%3A00%3A00Z&sort=username&asc=true&hideOwnViews=true", line);
        assertEquals(q, AuditQueryText.decode(line));
        assertEquals("", AuditQueryText.encode(new AuditLogQuery(NONE, false)));
        assertEquals(new AuditLogQuery(NONE, false), AuditQueryText.decode(""));
        assertEquals(new AuditLogQuery(NONE, false), AuditQueryText.decode(null));
    }

    @Test
    void theCountryScopeAndTheHiddenViewsAreNeverInTheLine() {
        AuditFilter scoped = NONE.withScope("BS").hiding(new AuditFilter.HiddenViews("sup-bs", "audit"));
        assertEquals("", AuditQueryText.encode(new AuditLogQuery(scoped, false)));
        assertEquals(null, AuditQueryText.decode("username=x").filter().scopeCountry());
    }

    @Test
    void aLineThatIsNotTheLogsIsRefusedRatherThanWideningTheLog() {
        for (String line : new String[] {"bogus=1", "action=NOPE", "outcome=MAYBE", "sort=detail", "sort=entryHash",
            "asc=yes", "hideOwnViews=1", "from=2026-12-01", "to=yesterday", "username=a&username=b", "scope=BS",
            "scopeCountry=BS", "size=5", "first=0", "recordId=%ZZ", "username"}) {
            assertThrows(ValidationException.class, () -> AuditQueryText.decode(line), line);
        }
    }
}
