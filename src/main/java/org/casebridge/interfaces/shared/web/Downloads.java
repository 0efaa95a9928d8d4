package org.casebridge.interfaces.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headers of a file sent as a download, for screens and REST alike: saved, never shown or run in the page. */
public final class Downloads {

    private Downloads() {
    }

    /** Content-Disposition attachment with the name (ASCII fallback and UTF-8), no sniffing, a sandbox, no caching. */
    public static Map<String, String> attachmentHeaders(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Content-Security-Policy", "sandbox; default-src 'none'");
        h.put("Cache-Control", "no-store");
        return h;
    }
}
