package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** Notifications for black-box tests: users with e-mail addresses, and waiting for a notification to come. */
public final class Notifications {

    private Notifications() {
    }

    /** A new account at agency {@code agencyCode} with {@code role}, the demo password and the address {@code <username>@test.invalid}. */
    public static String user(Api api, String prefix, String agencyCode, String role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Json.createObjectBuilder().add("username", username).add("displayName", "Notification test " + prefix)
                .add("agencyId", Referrals.agencyId(api, agencyCode)).add("roles", Json.createArrayBuilder().add(role))
                .add("password", TestSettings.DEMO_PASSWORD).add("email", address(username)).build().toString();
        Api.Reply r = api.post("/api/users", "admin", body);
        assertEquals(201, r.status(), r.toString());
        return username;
    }

    /** cw1-jm opens a case and refers its victim to agency {@code agencyCode}, sent at once; returns the referral's id. */
    public static long referral(Api api, String agencyCode) {
        JsonObject c = Cases.open(api, "cw1-jm", "notify-" + UUID.randomUUID());
        return Referrals.create(api, "cw1-jm", Referrals.body(c, Referrals.agencyId(api, agencyCode), false))
                .getJsonNumber("id").longValue();
    }

    public static String address(String username) {
        return username + "@test.invalid";
    }

    static List<JsonObject> of(Api api, String user) {
        Api.Reply r = api.get("/api/notifications?size=200", user);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** {@code user}'s notifications of {@code kind} about record {@code recordId}, waiting up to {@code max} for at least one. */
    static List<JsonObject> await(Api api, String user, String kind, long recordId, Duration max) {
        Predicate<JsonObject> match = n -> n.getString("kind").equals(kind) && n.getJsonNumber("recordId").longValue() == recordId;
        long deadline = System.nanoTime() + max.toNanos();
        List<JsonObject> found = of(api, user).stream().filter(match).toList();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            sleep(300);
            found = of(api, user).stream().filter(match).toList();
        }
        return found;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
