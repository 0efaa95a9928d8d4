package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Sixteen caseworkers adding notes at the same moment (issue 14 item 4): the entries are sealed into the
 * chain at the end of each transaction, and the chain stays gapless and unforked: every sequence once,
 * each entry linked to the one before it, the head row at the last entry, the server's verification
 * green, and every acknowledged note audited exactly once.
 */
class AuditChainUnderWritersIT {

    private static final int WRITERS = 16;
    private static final int NOTES = 6;

    private final Api api = Api.rest();

    @Test
    void sixteenConcurrentWritersLeaveAGaplessUnforkedChain() throws Exception {
        String run = "writers-" + UUID.randomUUID();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            paths.add(Cases.path(Cases.open(api, "cw1-jm", run + "-" + i)));
        }
        long headBefore = Cases.count("select last_seq from audit_head");
        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<Long> notes = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<List<Api.Reply>>> writers = new ArrayList<>();
            for (String path : paths) {
                writers.add(pool.submit(() -> {
                    start.await();
                    List<Api.Reply> replies = new ArrayList<>();
                    for (int n = 0; n < NOTES; n++) {
                        replies.add(api.post(path + "/notes", "cw1-jm", "{\"text\":\"note " + n + "\"}"));
                    }
                    return replies;
                }));
            }
            start.countDown();
            for (Future<List<Api.Reply>> f : writers) {
                for (Api.Reply r : f.get(300, TimeUnit.SECONDS)) {
                    statuses.merge(r.status(), 1, Integer::sum);
                    if (r.status() == 201) {
                        JsonObject note = r.json();
                        notes.add(note.getJsonNumber("id").longValue());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(201, WRITERS * NOTES), statuses, "answers to " + WRITERS * NOTES + " notes");
        long head = Cases.count("select last_seq from audit_head");
        assertTrue(head - headBefore >= WRITERS * NOTES, "the head moved by " + (head - headBefore));
        assertEquals(head, Cases.count("select count(*) from audit_entry"), "one entry per sequence up to the head");
        assertEquals(head, Cases.count("select max(seq) from audit_entry"), "the last entry is the head");
        assertEquals(0, Cases.count("select count(*) from (select seq, prev_hash, lag(seq) over (order by seq) as before_seq,"
                + " lag(entry_hash) over (order by seq) as before_hash from audit_entry) x"
                + " where before_seq is not null and (seq <> before_seq + 1 or prev_hash <> before_hash)"),
                "entries not linked to the entry before them (a gap or a fork)");
        assertEquals(1, Cases.count("select count(*) from audit_head h join audit_entry e on e.seq = h.last_seq"
                + " and e.entry_hash = h.last_hash"), "the head row names the last entry and its hash");
        for (long id : notes) {
            assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'CREATE' and record_type = 'case_note'"
                    + " and record_id = ?", Long.toString(id)), "audit entries of note " + id);
        }
        Api.Reply verification = api.get("/api/audit/verification", "sup-jm");
        assertEquals(200, verification.status(), verification.toString());
        assertTrue(verification.json().getBoolean("ok"), "the server's verification: " + verification.body());
    }
}
