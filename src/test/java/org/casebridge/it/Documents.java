package org.casebridge.it;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Documents of cases and victims over REST: uploads as a raw body with the name and kind as parameters. */
final class Documents {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private Documents() {
    }

    /** POST the bytes to {@code ownerPath}/documents (a case's or a victim's), declaring {@code declaredType}. */
    static Api.Reply upload(Api api, String user, String password, String ownerPath, String kind, String name, byte[] content,
            String declaredType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(ownerPath + "/documents?kind=" + kind
                + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Authorization", Api.basic(user, password))
                .header("Content-Type", declaredType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return api.send(b);
    }

    static Api.Reply upload(Api api, String user, String ownerPath, String kind, String name, byte[] content) {
        return upload(api, user, TestSettings.DEMO_PASSWORD, ownerPath, kind, name, content, "application/octet-stream");
    }

    /** DENIED entries of {@code user} about document {@code id} naming {@code country} as the record's country. */
    static long denied(String user, long id, String country) {
        return Cases.count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' and username = ?"
                + " and record_type = 'case_document' and record_id = ? and record_country = ?", user, Long.toString(id), country);
    }
}
