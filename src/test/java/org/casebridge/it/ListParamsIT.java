package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every list endpoint declares its query parameters: a wrong one answers 400 problem+json naming
 * the parameter, never a 404 from a failed conversion or a 500.
 */
class ListParamsIT {

    private final Api api = Api.rest();

    @Test
    void aWrongListParameterIsA400NamingIt() {
        Map<String, String> calls = Map.of(
                "/api/cases?size=ten", "cw1-jm",
                "/api/cases?first=-1", "cw1-jm",
                "/api/users?size=ten", "admin",
                "/api/users?first=x", "admin",
                "/api/audit?asc=maybe", "sup-jm",
                "/api/audit?size=many", "sup-jm",
                "/api/audit/records/case_file/1?first=a", "sup-jm");
        calls.forEach((path, user) -> {
            Api.Reply r = api.get(path, user);
            assertEquals(400, r.status(), path + ": " + r);
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"), path);
            String param = path.substring(path.indexOf('?') + 1, path.indexOf('='));
            assertTrue(r.json().getJsonObject("errors").containsKey(param), path + " names " + param + ": " + r);
        });
    }

    @Test
    void rightParametersStillWork() {
        assertEquals(200, api.get("/api/users?size=5&first=0&filter=cw", "admin").status());
        assertEquals(200, api.get("/api/audit?size=5&asc=true&action=LOGIN", "sup-jm").status());
        assertEquals(200, csv("/api/audit/export?action=LOGIN").status());
    }

    @Test
    void theExportChecksItsParametersToo() {
        Api.Reply r = csv("/api/audit/export?asc=perhaps");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.body().contains("\"asc\""), r.toString());
    }

    private Api.Reply csv(String path) {
        return api.send(HttpRequest.newBuilder(CaseBridgeServer.get().uri(path))
                .header("Accept", "text/csv, application/problem+json")
                .header("Authorization", Api.basic("sup-jm", TestSettings.DEMO_PASSWORD)).GET());
    }
}
