package org.casebridge.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A small HTTP client for black-box tests of the running server: REST with Basic auth, and pages. */
public final class Api {

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;

    private Api(CaseBridgeServer server, boolean cookies) {
        this(server.base(), cookies, HttpClient.Version.HTTP_2);
    }

    private Api(String base, boolean cookies, HttpClient.Version version) {
        this.base = base;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).version(version);
        this.cookies = cookies ? new CookieManager() : null;
        if (cookies) {
            b.cookieHandler(version == HttpClient.Version.HTTP_1_1 ? new BrowserCookies(this.cookies) : this.cookies);
        }
        this.client = b.build();
    }

    /**
     * Sends cookies back as browsers do ({@code name=value}). The JDK's {@link CookieManager} takes a cookie
     * whose value has a colon for an RFC 2965 cookie and sends {@code JSESSIONIDVERSION="2f:1";$Path="/"},
     * which Payara cannot parse ("Odd number of hexadecimal digits", an empty 200): a clustered Payara
     * sends that cookie with every replicated session.
     */
    private static final class BrowserCookies extends java.net.CookieHandler {

        private final CookieManager store;

        BrowserCookies(CookieManager store) {
            this.store = store;
        }

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers) {
            String pairs = store.getCookieStore().get(uri).stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            return pairs.isEmpty() ? Map.of() : Map.of("Cookie", java.util.List.of(pairs));
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            store.put(uri, headers);
        }
    }

    /** A stateless REST client (no cookies). */
    public static Api rest() {
        return new Api(CaseBridgeServer.get(), false);
    }

    /** A stateless REST client of another server (see {@link CaseBridgeServer#launch}). */
    public static Api rest(CaseBridgeServer server) {
        return new Api(server, false);
    }

    /** A browser-like client of another server. */
    public static Api withCookies(CaseBridgeServer server) {
        return new Api(server, true);
    }

    /**
     * A browser-like client of whatever answers at {@code base} (a load balancer), with its own cookie jar.
     * HTTP/1.1 as browsers speak it without TLS: the JDK's default offers an upgrade to HTTP/2 (h2c), which
     * HAProxy would pass through as a tunnel to one member, so that later requests would not be balanced.
     */
    public static Api withCookies(String base) {
        return new Api(base, true, HttpClient.Version.HTTP_1_1);
    }

    /** A stateless REST client of whatever answers at {@code base} (a load balancer; HTTP/1.1 as above). */
    public static Api rest(String base) {
        return new Api(base, false, HttpClient.Version.HTTP_1_1);
    }

    /** The cookies this browser-like client holds (none for a REST client). */
    public java.util.List<java.net.HttpCookie> cookies() {
        return cookies == null ? java.util.List.of() : cookies.getCookieStore().getCookies();
    }

    /** The address of {@code path} at this client's server. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** A browser-like client that keeps cookies, for form login and sessions. */
    public static Api withCookies() {
        return new Api(CaseBridgeServer.get(), true);
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    public Reply get(String path) {
        return get(path, null);
    }

    public Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Reply put(String path, String user, String json, String ifMatch) {
        HttpRequest.Builder b = request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    public Reply method(String method, String path, String user) {
        return send(request(path, user).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Posts an HTML form (application/x-www-form-urlencoded), with {@code headers} as name, value pairs. */
    public Reply postForm(String path, Map<String, String> fields, String... headers) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : uri(path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", basic(user, TestSettings.DEMO_PASSWORD));
        }
        return b;
    }

    /** Every id of a list at {@code path} (with a query already), walking its pages with the {@code next} token. */
    public Set<Long> allIds(String path, String user) {
        Set<Long> ids = new HashSet<>();
        String next = null;
        do {
            Reply page = get(path + (next == null ? "" : "&after=" + next), user);
            if (page.status() != 200) {
                throw new AssertionError(path + " as " + user + ": " + page);
            }
            page.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(r -> ids.add(r.getJsonNumber("id").longValue()));
            next = has(page.json(), "next") ? page.json().getString("next") : null;
        } while (next != null);
        return ids;
    }

    /** Whether {@code o} has {@code key} with a value other than null (the API leaves nulls out). */
    public static boolean has(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            return new Reply(client.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One response, with JSON helpers. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
