package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The home pages' figures ({@code GET /api/dashboard}) against the running server: every figure equals a count
 * taken here with plain SQL over the same data (never the application's query), the list behind each figure
 * shows the same number of records, each role gets only its own sections (an administrator no case figure at
 * all), a burst of victim reads is flagged for the country's supervisor, and saved searches are each user's own.
 */
class DashboardIT {

    private static final Api API = Api.rest();
    private static final String OPEN = "('ACTIVE','FOLLOW_UP')";

    private static Api.Reply as(String user, String method, String path, String json) {
        return Cases.as(API, user, Accounts.PASSWORD, method, path, json);
    }

    private static JsonObject dashboard(String user, boolean demo) {
        Api.Reply r = demo ? API.get("/api/dashboard", user) : as(user, "GET", "/api/dashboard", null);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static Map<String, JsonObject> byKey(JsonObject section, String list) {
        return section.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("key"), f -> f));
    }

    private static long value(JsonObject figure) {
        return figure.getJsonNumber("value").longValue();
    }

    /** The list behind a figure, read through the API with the figure's filter: its total. */
    private static long listed(JsonObject figure, String user, boolean demo) {
        String list = figure.getString("list");
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, JsonValue> e : figure.getJsonObject("filter").entrySet()) {
            q.append(q.isEmpty() ? "?" : "&").append(e.getKey()).append('=')
                    .append(URLEncoder.encode(((jakarta.json.JsonString) e.getValue()).getString(), StandardCharsets.UTF_8));
        }
        String path = switch (list) {
            case "cases" -> "/api/cases";
            case "referrals" -> "/api/referrals";
            case "cooperation" -> "/api/cooperation-requests";
            default -> throw new AssertionError(list);
        };
        Api.Reply r = demo ? API.get(path + q, user) : as(user, "GET", path + q, null);
        assertEquals(200, r.status(), path + q + " " + r);
        return r.json().getJsonNumber("total").longValue();
    }

    private static long sql(String sql, Object... params) {
        return Cases.count(sql, params);
    }

    private static JsonObject openCase(String user, String place, String stage, LocalDate reviewDue) {
        var details = Cases.details(place).add("stage", stage);
        if (reviewDue != null) {
            details.add("reviewDue", reviewDue.toString());
        }
        Api.Reply r = as(user, "POST", "/api/cases", Cases.intake(details, Cases.victim("D-" + Math.abs(place.hashCode()))));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    @Test
    void caseworkerFiguresEqualIndependentCountsAndTheListsBehindThem() {
        String user = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        LocalDate today = LocalDate.now();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        openCase(user, "Dash overdue " + tag, "IDENTIFICATION", today.minusDays(1));
        openCase(user, "Dash soon " + tag, "IDENTIFICATION", today.plusDays(3));
        JsonObject withPlan = openCase(user, "Dash plan " + tag, "ASSISTANCE", today.plusDays(60));
        Api.Reply plan = as(user, "POST", Cases.path(withPlan) + "/support-plans", Json.createObjectBuilder()
                .add("type", "SOCIAL_CARE").add("objectives", "Safe housing").add("plannedEnd", today.plusDays(2).toString())
                .build().toString());
        assertEquals(201, plan.status(), plan.toString());

        JsonObject home = dashboard(user, false);
        assertFalse(Api.has(home, "supervisor") || Api.has(home, "partner") || Api.has(home, "admin"), home.toString());
        JsonObject cw = home.getJsonObject("caseworker");
        long me = sql("select id from user_account where username = ?", user);
        String mineOpen = "select count(*) from case_file c where c.voided = false and c.assigned_to_id = ? and c.status in " + OPEN;
        for (JsonObject f : cw.getJsonArray("myOpenByStage").getValuesAs(JsonObject.class)) {
            String stage = f.getString("key").substring("stage.".length());
            assertEquals(sql(mineOpen + " and c.stage = ?", me, stage), value(f), stage);
            assertEquals(value(f), listed(f, user, false), "the list behind " + stage);
        }
        Map<String, JsonObject> work = byKey(cw, "work");
        assertEquals(2, value(byKey(cw, "myOpenByStage").get("stage.IDENTIFICATION")));
        assertEquals(1, value(byKey(cw, "myOpenByStage").get("stage.ASSISTANCE")));
        assertEquals(sql(mineOpen + " and c.review_due < ?", me, today), value(work.get("reviewsOverdue")));
        assertEquals(1, value(work.get("reviewsOverdue")));
        assertEquals(sql(mineOpen + " and c.review_due >= ? and c.review_due < ?", me, today, today.plusDays(7)),
                value(work.get("reviewsDueSoon")));
        assertEquals(1, value(work.get("reviewsDueSoon")));
        assertEquals(sql(mineOpen + " and exists (select 1 from support_plan p where p.case_id = c.id and p.voided = false"
                + " and p.actual_end is null and p.planned_end < ?)", me, today.plusDays(7)), value(work.get("plansDue")));
        assertEquals(1, value(work.get("plansDue")));
        for (String key : List.of("reviewsOverdue", "reviewsDueSoon", "plansDue", "referralDrafts", "referralsAwaiting",
                "referralsOverdue")) {
            assertEquals(value(work.get(key)), listed(work.get(key), user, false), "the list behind " + key);
        }
        // The referrals of the cases a caseworker of JM-JCF-TIP can see: the agency's, assigned or on the team.
        String visible = "select count(*) from referral r join case_file c on c.id = r.case_id where r.voided = false"
                + " and c.voided = false and c.country_id = (select id from country where code = 'JM') and (c.owning_agency_id ="
                + " (select id from agency where code = 'JM-JCF-TIP') or c.assigned_to_id = ? or exists (select 1 from case_team t"
                + " where t.case_id = c.id and t.user_id = ?))";
        assertEquals(sql(visible + " and r.status = 'DRAFT'", me, me), value(work.get("referralDrafts")));
        assertEquals(sql(visible + " and r.status = 'SENT'", me, me), value(work.get("referralsAwaiting")));
        assertTrue(cw.getJsonArray("cooperation").isEmpty(), "a caseworker who is no focal point has no request figures");
    }

    @Test
    void supervisorFiguresEqualIndependentCountsOfTheirCountryOnly() {
        JsonObject home = dashboard("sup-jm", true);
        assertFalse(Api.has(home, "caseworker") || Api.has(home, "admin"), home.toString());
        JsonObject sup = home.getJsonObject("supervisor");
        assertEquals("JM", sup.getString("country"));
        String jm = "select count(*) from case_file c where c.voided = false and c.country_id = (select id from country where code = 'JM')";
        long open = 0;
        for (JsonObject row : sup.getJsonArray("openByStageAndRisk").getValuesAs(JsonObject.class)) {
            JsonObject total = row.getJsonObject("total");
            String stage = total.getString("key").substring("stage.".length());
            assertEquals(sql(jm + " and c.status in " + OPEN + " and c.stage = ?", stage), value(total), stage);
            for (JsonObject cell : row.getJsonArray("byRisk").getValuesAs(JsonObject.class)) {
                String risk = cell.getString("key").substring("risk.".length());
                assertEquals(sql(jm + " and c.status in " + OPEN + " and c.stage = ? and c.risk_level = ?", stage, risk),
                        value(cell), stage + "/" + risk);
                assertEquals(value(cell), listed(cell, "sup-jm", true), "the list behind " + stage + "/" + risk);
            }
            open += value(total);
        }
        assertTrue(open > 0, "the demo country has open cases");
        assertEquals(sql(jm + " and c.status in " + OPEN), open);

        Map<String, JsonObject> work = byKey(sup, "work");
        assertEquals(sql(jm + " and c.closure_requested_status is not null and c.status in " + OPEN),
                value(work.get("closuresPending")));
        assertEquals(sql(jm + " and c.status in " + OPEN + " and c.review_due < ?", LocalDate.now()),
                value(work.get("reviewsOverdue")));
        assertEquals(sql("select count(*) from referral r where r.voided = false and r.sending_country = 'JM'"
                + " and r.status = 'SENT'"), value(work.get("referralsAwaiting")));
        assertEquals(sql("select count(*) from referral r where r.voided = false and r.sending_country = 'JM'"
                + " and r.status = 'SENT' and r.response_due < current_timestamp"), value(work.get("referralsOverdue")));
        for (JsonObject f : work.values()) {
            assertEquals(value(f), listed(f, "sup-jm", true), "the list behind " + f.getString("key"));
        }
        for (JsonObject f : sup.getJsonArray("cooperation").getValuesAs(JsonObject.class)) {
            assertEquals(value(f), listed(f, "sup-jm", true), "the list behind " + f.getString("key"));
        }
        assertEquals(sql("select count(*) from cooperation_request r where r.voided = false and r.requested_country = 'JM'"
                + " and r.status = 'SENT'"), value(byKey(sup, "cooperation").get("incomingToAcknowledge")));

        List<JsonObject> months = sup.getJsonArray("newCasesPerMonth").getValuesAs(JsonObject.class);
        assertEquals(24, months.size());
        assertEquals(YearMonth.now().toString(), months.get(23).getString("month"));
        for (JsonObject m : months) {
            YearMonth month = YearMonth.parse(m.getString("month"));
            JsonObject f = m.getJsonObject("cases");
            assertEquals(sql(jm + " and c.identification_date >= ? and c.identification_date <= ?", month.atDay(1),
                    month.atEndOfMonth()), value(f), month.toString());
        }
    }

    @Test
    void partnerSeesTheirInboxByStatusAndAnalystAPointerOnly() {
        JsonObject home = dashboard("partner1-jm", true);
        assertFalse(Api.has(home, "caseworker") || Api.has(home, "supervisor") || Api.has(home, "admin"), home.toString());
        JsonObject partner = home.getJsonObject("partner");
        String inbox = "select count(*) from referral r where r.voided = false and r.status <> 'DRAFT' and r.recipient_agency_id ="
                + " (select agency_id from user_account where username = 'partner1-jm')";
        for (JsonObject f : partner.getJsonArray("byStatus").getValuesAs(JsonObject.class)) {
            String status = f.getString("key").substring("status.".length());
            assertEquals(sql(inbox + " and r.status = ?", status), value(f), status);
            assertEquals(value(f), listed(f, "partner1-jm", true), status);
        }
        assertEquals(sql(inbox + " and r.status = 'SENT' and r.response_due < current_timestamp"),
                value(partner.getJsonObject("overdue")));

        JsonObject analyst = dashboard("analyst", true);
        assertTrue(analyst.getBoolean("analyst"));
        assertFalse(Api.has(analyst, "caseworker") || Api.has(analyst, "supervisor") || Api.has(analyst, "partner")
                || Api.has(analyst, "admin"), analyst.toString());
    }

    @Test
    void adminSeesAccountsAndTheTrailButNoCaseFigure() {
        JsonObject home = dashboard("admin", true);
        assertFalse(Api.has(home, "caseworker") || Api.has(home, "supervisor") || Api.has(home, "partner"), home.toString());
        assertFalse(home.toString().contains("\"cases\""), "no figure of an administrator points to cases");
        Map<String, JsonObject> admin = byKey(home.getJsonObject("admin"), "figures");
        assertEquals(sql("select count(*) from user_account"), value(admin.get("accounts")));
        assertEquals(sql("select count(*) from user_account where enabled = true"), value(admin.get("enabledAccounts")));
        assertEquals(sql("select count(*) from user_account where locked_until > current_timestamp"),
                value(admin.get("lockedAccounts")));
        long failedWeek = sql("select count(*) from audit_entry where action = 'LOGIN_FAILED'"
                + " and occurred_at >= current_timestamp - interval '7' day");
        assertEquals(failedWeek, value(admin.get("failedLogins7d")));
        assertTrue(Api.has(home.getJsonObject("admin"), "checkpointAgeMinutes")
                == (sql("select count(*) from audit_checkpoint") > 0));
    }

    @Test
    void aBurstOfVictimReadsIsFlaggedForTheCountrysSupervisorOnly() {
        String heavy = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        String light = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        JsonObject c = openCase(heavy, "Dash burst " + UUID.randomUUID(), "IDENTIFICATION", null);
        long victim = Cases.victimId(c);
        for (int i = 0; i < 52; i++) {
            assertEquals(200, as(heavy, "GET", "/api/victims/" + victim, null).status());
        }
        JsonObject lc = openCase(light, "Dash light " + UUID.randomUUID(), "IDENTIFICATION", null);
        for (int i = 0; i < 10; i++) {
            assertEquals(200, as(light, "GET", "/api/victims/" + Cases.victimId(lc), null).status());
        }
        JsonObject sup = dashboard("sup-jm", true).getJsonObject("supervisor");
        JsonObject rule = sup.getJsonObject("anomalyRule");
        assertEquals(3, rule.getInt("factor"));
        assertEquals(50, rule.getInt("minReads"));
        Map<String, JsonObject> flagged = sup.getJsonArray("anomalies").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("username"), a -> a));
        assertTrue(flagged.containsKey(heavy), flagged.keySet().toString());
        assertFalse(flagged.containsKey(light), "10 reads are below the minimum");
        JsonObject reads = flagged.get(heavy).getJsonObject("recentReads");
        assertEquals(sql("select count(*) from audit_entry where username = ? and action = 'VIEW' and record_type = 'victim'"
                + " and outcome = 'OK'", heavy), value(reads));
        assertEquals(52, value(reads));
        assertEquals("audit", reads.getString("list"));
        assertEquals(heavy, reads.getJsonObject("filter").getString("user"));
        JsonObject other = dashboard("sup-bs", true).getJsonObject("supervisor");
        assertFalse(other.toString().contains(heavy), "another country's supervisor is not shown JM's users");
    }

    @Test
    void savedSearchesAreTheirOwnersOnlyAndCheckedAtTheDoor() {
        String owner = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        String body = "{\"name\":\"High risk in assistance\",\"filters\":{\"stage\":\"ASSISTANCE\",\"risk\":\"HIGH\",\"mine\":\"true\"}}";
        Api.Reply created = as(owner, "POST", "/api/me/saved-searches", body);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("stage=ASSISTANCE&risk=HIGH&mine=true", created.json().getString("query"));
        assertEquals(400, as(owner, "POST", "/api/me/saved-searches", body.replace("High", "high")).status(),
                "a name is unique per user, letter case ignored");
        Api.Reply unknown = as(owner, "POST", "/api/me/saved-searches",
                "{\"name\":\"x\",\"filters\":{\"victimName\":\"x\"}}");
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.body().contains("filters"));
        assertEquals(400, as(owner, "POST", "/api/me/saved-searches", "{\"name\":\"a\\u202eb\",\"filters\":{\"mine\":\"true\"}}")
                .status());
        assertEquals(400, as(owner, "POST", "/api/me/saved-searches", "{\"name\":\"x\",\"filters\":{\"mine\":true}}").status(),
                "filter values are strings");
        assertEquals(400, as(owner, "POST", "/api/me/saved-searches", "[]").status());
        List<JsonObject> mine = as(owner, "GET", "/api/me/saved-searches", null).array().getValuesAs(JsonObject.class);
        assertEquals(1, mine.size());
        assertEquals(1, sql("select count(*) from saved_search where user_id = (select id from user_account where username = ?)",
                owner), "nothing half-saved by the refused ones");

        String other = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        assertEquals(404, as(other, "DELETE", "/api/me/saved-searches/" + id, null).status());
        assertEquals(404, as(other, "GET", "/api/me/saved-searches/" + id, null).status());
        assertEquals(2, sql("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' and username = ?"
                + " and record_type = 'saved_search' and record_id = ? and record_country = 'JM'", other, Long.toString(id)),
                "each refusal is audited with the id and the owner's country");
        String partnerDenied = "select count(*) from audit_entry where action = 'DENIED' and username = 'partner1-jm'"
                + " and record_type = 'saved_search'";
        long before = sql(partnerDenied);
        assertEquals(403, API.get("/api/me/saved-searches", "partner1-jm").status());
        assertEquals(before + 1, sql(partnerDenied), "a partner's refusal is audited");

        for (int i = 1; i < 50; i++) {
            assertEquals(201, as(owner, "POST", "/api/me/saved-searches", "{\"name\":\"s" + i + "\",\"filters\":{\"mine\":\"true\"}}")
                    .status());
        }
        Api.Reply over = as(owner, "POST", "/api/me/saved-searches", "{\"name\":\"one too many\",\"filters\":{\"mine\":\"true\"}}");
        assertEquals(400, over.status(), "at most 50 per user");
        assertEquals(204, as(owner, "DELETE", "/api/me/saved-searches/" + id, null).status());
        assertEquals(0, sql("select count(*) from saved_search where id = ?", id));
        assertEquals(401, API.get("/api/dashboard").status());
    }
}
