package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notifications of referrals end to end, with a real SMTP server in the test JVM: the partner agency's
 * users are told of a new referral in the app and by e-mail, the sender of the answer; nothing of the
 * victim is in a notification or a mail; another user's notification is not found (audited DENIED);
 * a mail server that is down fails no referral and the mail goes out when it is back; an overdue
 * referral is notified once; a user who turned e-mails off gets none.
 */
class NotificationIT {

    private static final Api API = Api.rest();
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static long safehouse;

    @BeforeAll
    static void setUp() {
        safehouse = Referrals.agencyId(API, "JM-SAFEHOUSE");
    }

    @Test
    void aNewReferralTellsThePartnersAndTheAnswerTellsTheSenderWithoutAnythingOfTheVictim() throws Exception {
        String partner = Notifications.user(API, "np", "JM-SAFEHOUSE", "partner");
        String sender = Notifications.user(API, "ns", "JM-JCF-TIP", "caseworker");
        String place = "CanaryPlace-" + UUID.randomUUID();
        JsonObject victim = Cases.victim("CanaryAlias").add("givenName", "CanaryGiven").add("familyName", "CanarySurname")
                .add("contactPhone", "+18765557331").add("contactEmail", "canary.mail@example.org")
                .add("contactAddress", "CanaryStreet 7").build();
        String intake = Json.createObjectBuilder().add("details", Cases.details(place)).add("victim", victim)
                .add("consents", Json.createArrayBuilder().add(Cases.consent())).build().toString();
        Api.Reply opened = API.post("/api/cases", sender, intake);
        assertEquals(201, opened.status(), opened.toString());
        JsonObject c = opened.json();
        JsonObject sent = Referrals.create(API, sender, Json.createObjectBuilder()
                .add("caseId", c.getJsonNumber("id").longValue()).add("victimId", Cases.victimId(c))
                .add("recipientAgencyId", safehouse).add("services", Json.createArrayBuilder().add("PSYCHOSOCIAL"))
                .add("urgency", "NORMAL").add("reason", "CanaryReason counselling")
                .add("share", Json.createArrayBuilder().add("ALIAS").add("GENDER"))
                .add("needs", "CanaryNeeds weekly").add("draft", false));
        long id = sent.getJsonNumber("id").longValue();

        List<JsonObject> received = Notifications.await(API, partner, "REFERRAL_RECEIVED", id, WAIT);
        assertEquals(1, received.size(), "the partner agency's user is told once: " + received);
        assertEquals("referral", received.get(0).getString("recordType"));
        assertFalse(received.get(0).getBoolean("read"));
        assertEquals(1, Notifications.await(API, "partner1-jm", "REFERRAL_RECEIVED", id, WAIT).size(), "every partner user of the agency");
        assertTrue(Notifications.of(API, "partner2-jm").stream().noneMatch(n -> n.getJsonNumber("recordId").longValue() == id),
                "a partner of another agency is not told");
        assertTrue(Notifications.of(API, sender).isEmpty(), "the sender is not told of their own sending");

        List<MimeMessage> mails = TestMail.await(Notifications.address(partner), 1, WAIT);
        assertEquals(1, mails.size(), "one e-mail to the partner");
        MimeMessage mail = mails.get(0);
        String body = ((String) mail.getContent());
        assertEquals("You have a new referral in CaseBridge", mail.getSubject());
        assertTrue(body.contains(CaseBridgeServer.get().base() + "/notifications/list.xhtml"), body);

        String accepted = Referrals.act(API, "partner1-jm", Referrals.path(sent) + "/acceptance", null,
                Referrals.etag(API, Referrals.path(sent), "partner1-jm")).body();
        assertTrue(accepted.contains("ACCEPTED"), accepted);
        assertEquals(1, Notifications.await(API, sender, "REFERRAL_ACCEPTED", id, WAIT).size());
        assertTrue(Notifications.of(API, "partner1-jm").stream().noneMatch(n -> n.getString("kind").equals("REFERRAL_ACCEPTED")
                && n.getJsonNumber("recordId").longValue() == id), "who accepted is not told of it");
        List<MimeMessage> senderMails = TestMail.await(Notifications.address(sender), 1, WAIT);
        assertEquals("A referral you sent was accepted in CaseBridge", senderMails.get(0).getSubject());

        String everything = API.get("/api/notifications", partner).body() + API.get("/api/notifications", sender).body()
                + mail.getSubject() + body + senderMails.get(0).getSubject() + senderMails.get(0).getContent();
        for (String canary : List.of("CanaryAlias", "CanaryGiven", "CanarySurname", "5557331", "canary.mail", "CanaryStreet",
                "CanaryReason", "CanaryNeeds", place, c.getString("number"), "PSYCHOSOCIAL", "sychosocial", "FEMININE",
                "JM-JCF-TIP", "Notification test")) {
            assertFalse(everything.contains(canary), canary + " is in a notification or an e-mail");
        }
    }

    @Test
    void anotherUsersNotificationIsNotFoundAndAuditedDenied() {
        String partner = Notifications.user(API, "nd", "JM-SAFEHOUSE", "partner");
        JsonObject c = Cases.open(API, "cw1-jm", "notify-denied-" + UUID.randomUUID());
        long referral = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false)).getJsonNumber("id").longValue();
        JsonObject mine = Notifications.await(API, partner, "REFERRAL_RECEIVED", referral, WAIT).get(0);
        long id = mine.getJsonNumber("id").longValue();

        for (String other : List.of("partner1-jm", "cw1-jm", "sup-jm", "admin")) {
            Api.Reply r = API.post("/api/notifications/" + id + "/read", other, "");
            assertEquals(404, r.status(), other + ": " + r);
            assertEquals(1, Cases.denied(other, "notification", id), other + "'s refusal is audited");
            assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'DENIED' and username = ?"
                    + " and record_type = 'notification' and record_id = ? and record_country = 'JM'", other, Long.toString(id)),
                    "the refusal names the notification's country");
        }
        assertEquals(404, API.post("/api/notifications/999999999/read", partner, "").status(), "a missing one alike");
        assertFalse(Notifications.of(API, partner).stream().filter(n -> n.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow().getBoolean("read"), "still unread after the others tried");
        assertTrue(Notifications.of(API, "partner1-jm").stream().noneMatch(n -> n.getJsonNumber("id").longValue() == id),
                "lists are one's own");

        long unread = API.get("/api/notifications/unread-count", partner).json().getJsonNumber("unread").longValue();
        Api.Reply read = API.post("/api/notifications/" + id + "/read", partner, "");
        assertEquals(200, read.status(), read.toString());
        assertTrue(read.json().getBoolean("read"));
        assertEquals(unread - 1, API.get("/api/notifications/unread-count", partner).json().getJsonNumber("unread").longValue());
        assertEquals(200, API.post("/api/notifications/read", partner, "").status());
        assertEquals(0, API.get("/api/notifications/unread-count", partner).json().getJsonNumber("unread").longValue());
        assertEquals(400, API.get("/api/notifications?after=abc", partner).status());
        assertEquals(400, API.get("/api/notifications?size=ten", partner).status());
    }

    @Test
    void aMailServerThatIsDownFailsNoReferralAndTheMailGoesOutWhenItIsBack() {
        String partner = Notifications.user(API, "nr", "JM-SAFEHOUSE", "partner");
        ServerLog log = ServerLog.from();
        TestMail.stop();
        long referral;
        try {
            JsonObject c = Cases.open(API, "cw1-jm", "notify-down-" + UUID.randomUUID());
            referral = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false)).getJsonNumber("id").longValue();
            assertEquals(1, Notifications.await(API, partner, "REFERRAL_RECEIVED", referral, WAIT).size(), "told in the app at once");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (failedAttempts(partner) == 0 && System.nanoTime() < deadline) {
                Notifications.sleep(300);
            }
            assertTrue(failedAttempts(partner) > 0, "an attempt was made and failed");
        } finally {
            TestMail.start();
        }
        List<MimeMessage> mails = TestMail.await(Notifications.address(partner), 1, WAIT);
        assertEquals(1, mails.size(), "sent once the server is back");
        String text = log.settled().text();
        assertTrue(text.contains("not sent"), "the failure is logged");
        assertFalse(text.contains(Notifications.address(partner)), "without the address");
        assertTrue(log.troubleLines().isEmpty(), "no stack trace: " + log.troubleLines());
        assertEquals(0, Cases.count("select count(*) from mail_outbox m join user_account u on u.id = m.recipient_id"
                + " where u.username = ? and m.status <> 'SENT'", partner), "nothing left to send");
    }

    @Test
    void anOverdueReferralIsNotifiedToTheSenderOnce() {
        String sender = Notifications.user(API, "no", "JM-JCF-TIP", "caseworker");
        JsonObject c = Cases.open(API, sender, "notify-overdue-" + UUID.randomUUID());
        long id = Referrals.create(API, sender, Referrals.body(c, safehouse, false)).getJsonNumber("id").longValue();
        Notifications.sleep(4500);
        assertTrue(Notifications.of(API, sender).isEmpty(), "not overdue yet: nothing after two sweeps");
        try (Connection db = TestDatabases.connect(CaseBridgeServer.DB);
                PreparedStatement s = db.prepareStatement("update referral set response_due = ? where id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(1, Notifications.await(API, sender, "REFERRAL_OVERDUE", id, WAIT).size());
        Notifications.sleep(6000);
        assertEquals(1, Notifications.of(API, sender).stream().filter(n -> n.getString("kind").equals("REFERRAL_OVERDUE")).count(),
                "still once after more sweeps");
        List<MimeMessage> mails = TestMail.await(Notifications.address(sender), 1, WAIT);
        Notifications.sleep(2500);
        assertEquals(1, TestMail.to(Notifications.address(sender)).size(), "one e-mail");
        assertNotNull(mails.get(0));
        assertEquals(1, Cases.count("select count(*) from referral where id = ? and overdue_notified_at is not null", id));
        assertEquals(1, Cases.count("select count(*) from audit_entry where record_type = 'referral' and record_id = ?"
                + " and detail like 'overdue notice%'", Long.toString(id)), "audited once");
    }

    @Test
    void aUserWhoTurnedEmailsOffIsToldInTheAppOnly() {
        String partner = Notifications.user(API, "nx", "JM-SAFEHOUSE", "partner");
        JsonObject before = API.get("/api/me/notification-settings", partner).json();
        assertTrue(before.getBoolean("emails") && before.getBoolean("emailAddressSet") && before.getBoolean("mailConfigured"), before.toString());
        assertEquals(400, API.put("/api/me/notification-settings", partner, "{\"emails\":\"no\"}", null).status(), "strict types");
        assertEquals(400, API.put("/api/me/notification-settings", partner, "{}", null).status());
        Api.Reply off = API.put("/api/me/notification-settings", partner, "{\"emails\":false}", null);
        assertEquals(200, off.status(), off.toString());
        assertFalse(off.json().getBoolean("emails"));

        JsonObject c = Cases.open(API, "cw1-jm", "notify-optout-" + UUID.randomUUID());
        long id = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false)).getJsonNumber("id").longValue();
        assertEquals(1, Notifications.await(API, partner, "REFERRAL_RECEIVED", id, WAIT).size());
        Notifications.sleep(5000);
        assertTrue(TestMail.to(Notifications.address(partner)).isEmpty(), "no e-mail");
        assertEquals(0, Cases.count("select count(*) from mail_outbox m join user_account u on u.id = m.recipient_id"
                + " where u.username = ?", partner), "none queued");
    }

    @Test
    void anAdministratorSetsAnAddressThatIsChecked() {
        String user = Notifications.user(API, "na", "JM-SAFEHOUSE", "partner");
        JsonObject found = API.get("/api/users?filter=" + user, "admin").json().getJsonArray("items").getJsonObject(0);
        String path = "/api/users/" + found.getJsonNumber("id");
        assertEquals(Notifications.address(user), found.getString("email"));
        List<String> bad = new ArrayList<>(List.of("not-an-address", "a@b", "x@example.org\u202e", "a".repeat(250) + "@x.org"));
        for (String address : bad) {
            String body = Json.createObjectBuilder().add("displayName", "Notification test na").add("agencyId", safehouse)
                    .add("roles", Json.createArrayBuilder().add("partner")).add("email", address).build().toString();
            Api.Reply r = API.put(path, "admin", body, Cases.etag(API, path, "admin"));
            assertEquals(400, r.status(), address + ": " + r);
            assertTrue(r.body().contains("email"), r.body());
        }
        String body = Json.createObjectBuilder().add("displayName", "Notification test na").add("agencyId", safehouse)
                .add("roles", Json.createArrayBuilder().add("partner")).add("email", "new.address@test.invalid").build().toString();
        Api.Reply ok = API.put(path, "admin", body, Cases.etag(API, path, "admin"));
        assertEquals(200, ok.status(), ok.toString());
        assertEquals("new.address@test.invalid", ok.json().getString("email"));
    }

    @Test
    void aWithdrawnConsentAndARevocationAreToldAndARefusedSendingTellsNoOne() {
        String partner = Notifications.user(API, "nw", "JM-SAFEHOUSE", "partner");
        JsonObject c = Cases.open(API, "cw1-jm", "notify-withdraw-" + UUID.randomUUID());
        JsonObject sent = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false));
        long id = sent.getJsonNumber("id").longValue();
        long consent = c.getJsonArray("victims").getJsonObject(0).getJsonArray("consents").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, API.post("/api/victims/" + Cases.victimId(c) + "/consents/" + consent + "/withdrawal", "cw1-jm", "{}")
                .status());
        assertEquals(1, Notifications.await(API, partner, "REFERRAL_CONSENT_WITHDRAWN", id, WAIT).size());
        String path = Referrals.path(sent);
        assertEquals(200, Referrals.act(API, "sup-jm", path + "/revocation", "{\"reason\":\"Placed elsewhere\"}",
                Referrals.etag(API, path, "sup-jm")).status());
        assertEquals(1, Notifications.await(API, partner, "REFERRAL_REVOKED", id, WAIT).size(), "the partner is told");
        assertEquals(1, Notifications.await(API, "cw1-jm", "REFERRAL_REVOKED", id, WAIT).size(), "the sender is told");
        assertTrue(Notifications.of(API, "sup-jm").stream().noneMatch(n -> n.getJsonNumber("recordId").longValue() == id),
                "who revoked it is not");

        long before = Notifications.of(API, partner).size();
        String intake = Json.createObjectBuilder().add("details", Cases.details("notify-noconsent-" + UUID.randomUUID()))
                .add("victim", Cases.victim("V-NoConsent")).add("consents", Json.createArrayBuilder()).build().toString();
        JsonObject noConsent = API.post("/api/cases", "cw1-jm", intake).json();
        Api.Reply refused = API.post("/api/referrals", "cw1-jm", Referrals.body(noConsent, safehouse, false).build().toString());
        assertEquals(409, refused.status(), refused.toString());
        Notifications.sleep(1000);
        assertEquals(before, Notifications.of(API, partner).size(), "a refused sending tells no one");
    }

    private static long failedAttempts(String username) {
        return Cases.count("select count(*) from mail_outbox m join user_account u on u.id = m.recipient_id"
                + " where u.username = ? and m.attempts > 0 and m.last_error is not null", username);
    }
}
