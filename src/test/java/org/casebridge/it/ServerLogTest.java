package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The log scan of the quiet-log browser test recognises the traces it is there to catch. */
class ServerLogTest {

    @Test
    void theHazelcastSessionStoreTraceIsFoundAndOrdinaryLinesAreNot() {
        String log = """
                Dec 02, 2026 4:31:13 PM org.apache.catalina.session.PersistentManagerBase findSession
                INFO: Caught exception attempting to load session from store
                java.io.IOException: Error during load: Hazelcast is not enabled, please enable Hazelcast
                \tat org.glassfish.web.ha.session.management.ReplicationStore.load(ReplicationStore.java:401)
                Caused by: org.glassfish.ha.store.api.BackingStoreException: Hazelcast is not enabled, please enable Hazelcast
                \t... 31 more
                Dec 02, 2026 4:31:14 PM org.casebridge.application.account.LoginService loggedIn
                INFO: Login of account 17 at the caretaker's request
                WARNING: Demo mode: the audit trail uses the published demo keys.
                """;
        assertEquals(3, ServerLog.troubleLines(log).size(), ServerLog.troubleLines(log).toString());
        assertEquals(List.of(), ServerLog.troubleLines("INFO: Exceptional case 12 opened\nat the end of the day\n"));
    }
}
