package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A hundred people editing one case at the same moment, over the API with If-Match (issue 14): of those
 * who read the same version exactly one wins and the others are told (412), and no acknowledged change is
 * lost: every version the case went through was won by one writer, audited once, and the case holds the
 * last winner's text.
 */
class ConcurrentEditorsIT {

    private static final int EDITORS = 100;

    private final Api api = Api.rest();

    @Test
    void ofAHundredEditorsOfOneVersionExactlyOneWins() throws Exception {
        String place = "editors-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        String etag = api.get(path, "cw1-jm").header("ETag");
        List<Callable<Api.Reply>> edits = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < EDITORS; i++) {
            String text = place + "-by-" + i;
            edits.add(() -> {
                start.await();
                return api.put(path, "cw1-jm", Cases.details(text).build().toString(), etag);
            });
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        String winner = null;
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (Callable<Api.Reply> edit : edits) {
                replies.add(pool.submit(edit));
            }
            start.countDown();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get(120, TimeUnit.SECONDS);
                statuses.merge(r.status(), 1, Integer::sum);
                if (r.status() == 200) {
                    winner = r.json().getString("identificationPlace");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(200, 1, 412, EDITORS - 1), statuses, "answers to " + EDITORS + " edits of one version");
        JsonObject now = api.get(path, "cw1-jm").json();
        assertEquals(winner, now.getString("identificationPlace"), "the case holds the winner's change");
        assertEquals(1, updates(c), "one change audited");
    }

    @Test
    void aHundredEditorsRetryingLoseNoAcknowledgedChange() throws Exception {
        String place = "retrying-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        long first = version(api.get(path, "cw1-jm").header("ETag"));
        // who won which version (the version they read), and the text they wrote
        Map<Long, String> wins = new ConcurrentHashMap<>();
        Set<Integer> other = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            List<Future<?>> editors = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                String text = place + "-by-" + i;
                editors.add(pool.submit(() -> {
                    start.await();
                    for (int attempt = 0; attempt < 3; attempt++) {
                        String etag = api.get(path, "cw1-jm").header("ETag");
                        Api.Reply r = api.put(path, "cw1-jm", Cases.details(text).build().toString(), etag);
                        if (r.status() == 200) {
                            String previous = wins.putIfAbsent(version(etag), text);
                            assertEquals(null, previous, "two writers acknowledged on version " + etag);
                            return null;
                        }
                        if (r.status() != 412) {
                            other.add(r.status());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : editors) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.of(), other, "answers other than 200 and 412");
        long last = version(api.get(path, "cw1-jm").header("ETag"));
        assertTrue(wins.size() > 1, "only " + wins.size() + " edits won");
        Set<Long> expected = new HashSet<>();
        for (long v = first; v < last; v++) {
            expected.add(v);
        }
        assertEquals(expected, wins.keySet(), "every version from " + first + " to " + last + " won by exactly one acknowledged writer");
        assertEquals(wins.get(last - 1), api.get(path, "cw1-jm").json().getString("identificationPlace"),
                "the case holds the last acknowledged change");
        assertEquals(wins.size(), updates(c), "each acknowledged change audited once");
    }

    /**
     * Adding a note depends on nothing the writer read, so people adding notes to one case at the same
     * moment must all succeed (found by the Gatling mix, where they were told 412 "changed by someone else").
     */
    @Test
    void fiftyNotesAddedAtOnceAreAllSaved() throws Exception {
        int writers = 50;
        String place = "notes-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String id = Long.toString(c.getJsonNumber("id").longValue());
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = "{\"text\":\"note " + i + "\"}";
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post(Cases.path(c) + "/notes", "cw1-jm", body);
                }));
            }
            start.countDown();
            for (Future<Api.Reply> f : replies) {
                statuses.merge(f.get(120, TimeUnit.SECONDS).status(), 1, Integer::sum);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(201, writers), statuses, "answers to " + writers + " notes added at once");
        assertEquals(writers, Cases.count("select count(*) from case_note where case_id = ?", c.getJsonNumber("id").longValue()),
                "every note saved");
        assertEquals(writers, Cases.count("select count(*) from audit_entry a join case_note n on a.record_id = cast(n.id as varchar(64))"
                + " where a.action = 'CREATE' and a.record_type = 'case_note' and n.case_id = ?", c.getJsonNumber("id").longValue()),
                "every note audited once");
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }

    private static long updates(JsonObject c) {
        return Cases.count("select count(*) from audit_entry where action = 'UPDATE' and record_type = 'case_file' and record_id = ?",
                Long.toString(c.getJsonNumber("id").longValue()));
    }
}
