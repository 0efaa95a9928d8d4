package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit trail records the real client: behind the trusted reverse proxy (the test server trusts
 * 127.0.0.2 only, {@code casebridge.http.trusted-proxies}) the right-most untrusted address of
 * {@code X-Forwarded-For}; from anyone else the peer's own address, whatever the header says.
 */
class TrustedProxyIT {

    private static final Api API = Api.rest();

    @Test
    void aSpoofedForwardedForFromAnUntrustedClientIsIgnored() throws IOException {
        long id = caseId();
        String reply = get("127.0.0.1", id, "X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: https\r\n");
        assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
        assertEquals("127.0.0.1", lastViewFrom(id), "the peer, not the header");
    }

    @Test
    void behindTheTrustedProxyTheClientItForwardedForIsRecorded() throws IOException {
        long id = caseId();
        String reply = get("127.0.0.2", id, "X-Forwarded-For: 198.51.100.1, 203.0.113.9\r\n");
        assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
        assertEquals("203.0.113.9", lastViewFrom(id), "the right-most entry the proxy added; the left one was the client's word");

        get("127.0.0.2", id, "");
        assertEquals("127.0.0.2", lastViewFrom(id), "no header: the proxy itself");
        get("127.0.0.2", id, "X-Forwarded-For: not-an-address\r\n");
        assertEquals("127.0.0.2", lastViewFrom(id), "a header that is not an address is not believed");
    }

    private static long caseId() {
        JsonObject c = Cases.open(API, "cw1-jm", "proxy-" + UUID.randomUUID());
        return c.getJsonNumber("id").longValue();
    }

    /** GET /api/cases/{id} as cw1-jm over a connection from local address {@code from}, with extra header lines. */
    private static String get(String from, long id, String headers) throws IOException {
        URI base = CaseBridgeServer.get().uri("/api/cases/" + id);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            s.setSoTimeout(20000);
            String request = "GET " + base.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\n"
                    + "Authorization: " + Api.basic("cw1-jm", TestSettings.DEMO_PASSWORD) + "\r\nAccept: application/json\r\n"
                    + headers + "Connection: close\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String lastViewFrom(long id) {
        try (Connection c = TestDatabases.connect(CaseBridgeServer.DB); PreparedStatement s = c.prepareStatement(
                "select client_address from audit_entry where action = 'VIEW' and record_type = 'case_file' and record_id = ?"
                        + " order by seq desc")) {
            s.setString(1, Long.toString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "a VIEW entry");
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
