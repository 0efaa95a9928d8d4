package org.casebridge.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The realistic mix of issue 14 item 4 against a running CaseBridge: caseworkers on the REST API with a
 * personal API token (list the cases, open one, add a note to an active one, search, the referral list and one referral)
 * and caseworkers on the screens, signed in through the login form, posting the case list's filter
 * form with its ViewState (and the PrimeFaces CSP nonce an ajax post must carry) and opening a case.
 * Run with {@code -Pload} (docs/performance.md, "Load: the realistic mix"); parameters as system properties: {@code baseUrl}, {@code users} (concurrent
 * users, split between REST and screens by {@code screenShare}), {@code duration} and {@code ramp}
 * (seconds), {@code accounts} (caseworkers of the database, comma-separated; the users take them in turn) and
 * {@code password}, {@code pauseMinMs} and {@code pauseMaxMs} (the time between two requests of a user).
 */
public class CaseBridgeSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 10);
    private static final int DURATION = Integer.getInteger("duration", 30);
    private static final int RAMP = Integer.getInteger("ramp", Math.max(1, Math.min(60, DURATION / 3)));
    private static final double SCREEN_SHARE = Double.parseDouble(System.getProperty("screenShare", "0.3"));
    /**
     * The caseworker accounts the virtual users are spread over, in turn (the demo's two caseworkers of
     * each of its three countries): one account for all would make its own hot spots (every login
     * waiting on one account's row, every note on one caseworker's few open cases) that no real day has.
     */
    private static final String[] ACCOUNTS = System.getProperty("accounts",
            System.getProperty("user", "cw1-jm,cw2-jm,cw1-bs,cw2-bs,cw1-tt,cw2-tt")).split(",");
    private static final String PASSWORD = System.getProperty("password", "Demo-Password-2026");
    /**
     * A person's time between two clicks (reading the list, reading the case, typing the note): 3 to 12 s by
     * default. The first runs used 0.5 to 2 s, which makes each virtual user about six times as busy as a
     * caseworker and so 200 of them a load of over a thousand people (docs/performance.md, "Load: the realistic
     * mix"); {@code -DpauseMinMs=500 -DpauseMaxMs=2000} still runs that stress pace.
     */
    private static final Duration PAUSE_MIN = Duration.ofMillis(Long.getLong("pauseMinMs", 3000));
    private static final Duration PAUSE_MAX = Duration.ofMillis(Long.getLong("pauseMaxMs", 12000));
    private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";
    private static final String[] TERMS = {"JM-", "Kingston", "Montego", "Spanish Town", "Ocho Rios"};

    private final HttpClient client = HttpClient.newHttpClient();
    /** One personal API token per account, for the REST users (one Basic login each, not one per request). */
    private final String[][] tokens = Stream.of(ACCOUNTS).map(this::createToken).toArray(String[][]::new);

    /** Each virtual user takes the next account, with its token. */
    private final Iterator<Map<String, Object>> accounts = new Iterator<>() {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            int i = Math.floorMod(next.getAndIncrement(), ACCOUNTS.length);
            return Map.of("account", ACCOUNTS[i], "token", "Bearer " + tokens[i][1]);
        }
    };

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .userAgentHeader("casebridge-load").disableCaching();

    private final Iterator<Map<String, Object>> terms = Stream.generate(
            () -> Map.<String, Object>of("term", TERMS[ThreadLocalRandom.current().nextInt(TERMS.length)])).iterator();

    private final ChainBuilder restRound = exec(
            http("REST list cases").get("/api/cases?size=25").header("Authorization", "#{token}")
                    .check(status().is(200), jsonPath("$.items[*].id").findRandom().saveAs("caseId"),
                            jsonPath("$.items[?(@.status == 'ACTIVE')].id").findRandom().optional().saveAs("activeCaseId")))
            .pause(PAUSE_MIN, PAUSE_MAX)
            .exec(http("REST open case").get("/api/cases/#{caseId}").header("Authorization", "#{token}")
                    .check(status().is(200)))
            .pause(PAUSE_MIN, PAUSE_MAX)
            // a closed case takes no note (409): the note goes to an active case of the page
            .doIf(session -> session.contains("activeCaseId")).then(exec(
                    http("REST add note").post("/api/cases/#{activeCaseId}/notes").header("Authorization", "#{token}")
                            .header("Content-Type", "application/json").body(StringBody("{\"text\":\"load test note\"}"))
                            .check(status().is(201))))
            .pause(PAUSE_MIN, PAUSE_MAX)
            .feed(terms)
            .exec(http("REST search cases").get("/api/cases").queryParam("q", "#{term}").queryParam("size", "25")
                    .header("Authorization", "#{token}").check(status().is(200)))
            .pause(PAUSE_MIN, PAUSE_MAX)
            .exec(http("REST list referrals").get("/api/referrals?size=25").header("Authorization", "#{token}")
                    .check(status().is(200), jsonPath("$.items[*].id").findRandom().optional().saveAs("referralId")))
            .doIf(session -> session.contains("referralId")).then(exec(
                    http("REST open referral").get("/api/referrals/#{referralId}").header("Authorization", "#{token}")
                            .check(status().is(200))))
            .pause(PAUSE_MIN, PAUSE_MAX);

    private final ChainBuilder login = exec(
            http("JSF login page").get("/login.xhtml").header("Accept", "text/html")
                    .check(status().is(200), css(VIEW_STATE, "value").saveAs("viewState")))
            .exec(http("JSF login post").post("/login.xhtml").header("Accept", "text/html")
                    .formParam("login", "login").formParam("login:username", "#{account}").formParam("login:password", PASSWORD)
                    .formParam("login:submit", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), substring("id=\"login:password\"").notExists()));

    private final ChainBuilder screenRound = exec(
            http("JSF case list").get("/cases/list.xhtml").header("Accept", "text/html")
                    .check(status().is(200), css(VIEW_STATE, "value").saveAs("viewState"),
                            regex("csp\\.init\\('([^']+)'\\)").saveAs("nonce"),
                            regex("details\\.xhtml\\?id=(\\d+)").findRandom().saveAs("screenCase")))
            .pause(PAUSE_MIN, PAUSE_MAX)
            .feed(terms)
            .exec(http("JSF case list filter (form post)").post("/cases/list.xhtml").header("Accept", "application/xml")
                    .header("Faces-Request", "partial/ajax")
                    .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", "cases:apply")
                    .formParam("jakarta.faces.partial.execute", "cases").formParam("jakarta.faces.partial.render", "cases")
                    .formParam("cases:apply", "cases:apply").formParam("cases", "cases").formParam("cases:q", "#{term}")
                    .formParam("primefaces.nonce", "#{nonce}").formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), substring("<partial-response"), substring("<error>").notExists()))
            .pause(PAUSE_MIN, PAUSE_MAX)
            .exec(http("JSF open case").get("/cases/details.xhtml?id=#{screenCase}").header("Accept", "text/html")
                    .check(status().is(200), css(VIEW_STATE, "value").exists()))
            .pause(PAUSE_MIN, PAUSE_MAX);

    private final ScenarioBuilder rest = scenario("REST caseworkers (API token)").feed(accounts)
            .during(Duration.ofSeconds(DURATION)).on(restRound);

    private final ScenarioBuilder screens = scenario("Screen caseworkers (JSF form posts)")
            // a user whose sign-in failed (503 when the server is saturated) stops, rather than looping on the login page
            .feed(accounts).exec(login).exitHereIfFailed().during(Duration.ofSeconds(DURATION)).on(screenRound);

    {
        int screenUsers = (int) Math.round(USERS * SCREEN_SHARE);
        int restUsers = USERS - screenUsers;
        PopulationBuilder restPopulation = rest.injectOpen(RAMP > 1 ? rampUsers(restUsers).during(RAMP) : atOnceUsers(restUsers));
        PopulationBuilder screenPopulation = screens.injectOpen(RAMP > 1 ? rampUsers(screenUsers).during(RAMP)
                : atOnceUsers(screenUsers));
        setUp(restPopulation, screenPopulation).protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + DURATION + 120L))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        for (int i = 0; i < ACCOUNTS.length; i++) {
            try {
                client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/me/tokens/" + tokens[i][0]))
                        .header("Authorization", basic(ACCOUNTS[i])).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                System.err.println("could not delete the load test's token " + tokens[i][0] + " of " + ACCOUNTS[i] + ": " + e);
            }
        }
    }

    /** A personal API token of {@code user}: its id and its secret. */
    private String[] createToken(String user) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/me/tokens"))
                    .header("Authorization", basic(user)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load-" + System.currentTimeMillis() + "\",\"days\":1}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("creating a token answered " + r.statusCode());
            }
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
            Matcher secret = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (!id.find() || !secret.find()) {
                throw new IllegalStateException("no token id or secret in the answer");
            }
            return new String[] {id.group(1), secret.group(1)};
        } catch (Exception e) {
            throw new IllegalStateException("cannot create an API token for " + user + " at " + BASE + ": " + e.getMessage(), e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
