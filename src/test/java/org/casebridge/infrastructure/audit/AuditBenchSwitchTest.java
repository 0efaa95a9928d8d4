package org.casebridge.infrastructure.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditBenchSwitchTest {

    private static AuditBenchSwitch configured(boolean append, boolean unsafe) {
        return configured(append, true, unsafe);
    }

    private static AuditBenchSwitch configured(boolean append, boolean sealAtEnd, boolean unsafe) {
        AuditBenchSwitch s = new AuditBenchSwitch();
        s.append = append;
        s.sealAtEnd = sealAtEnd;
        s.unsafe = unsafe;
        return s;
    }

    @Test
    void theAppendIsOnByDefault() {
        AuditBenchSwitch s = configured(true, false);
        s.init();
        assertFalse(s.appendOff());
    }

    @Test
    void turningTheAppendOffWithoutTheUnsafeFlagIsRefused() {
        AuditBenchSwitch s = configured(false, false);
        IllegalStateException refused = assertThrows(IllegalStateException.class, s::init);
        assertTrue(refused.getMessage().contains("casebridge.bench.unsafe=true"), refused.getMessage());
        assertFalse(s.appendOff());
    }

    @Test
    void theUnsafeFlagAloneChangesNothing() {
        AuditBenchSwitch s = configured(true, true);
        s.init();
        assertFalse(s.appendOff());
    }

    @Test
    void onlyBothSettingsTurnTheAppendOff() {
        AuditBenchSwitch s = configured(false, true);
        s.init();
        assertTrue(s.appendOff());
    }

    @Test
    void appendingWhereRecordedIsABenchmarkSettingRefusedWithoutTheUnsafeFlag() {
        assertThrows(IllegalStateException.class, configured(true, false, false)::init);
        AuditBenchSwitch s = configured(true, false, true);
        s.init();
        assertTrue(s.appendAtRecord());
        assertFalse(s.appendOff());
    }
}
