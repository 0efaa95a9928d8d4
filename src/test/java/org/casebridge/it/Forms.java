package org.casebridge.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Form login and Faces form posts over plain HTTP, for tests of sessions and cookies. */
public final class Forms {

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private Forms() {
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no ViewState in page: " + html.substring(0, Math.min(300, html.length())));
        }
        return m.group(1);
    }

    /** Logs in through the login page with {@code client}'s cookie jar; returns the POST's reply. */
    public static Api.Reply login(Api client, String user, String password) {
        String page = client.get("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        return client.postForm("/login.xhtml", form);
    }

    /** PrimeFaces CSP: its script adds the page's nonce to every form post; a plain HTTP client must too. */
    public static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSP nonce in page");
        }
        return m.group(1);
    }
}
