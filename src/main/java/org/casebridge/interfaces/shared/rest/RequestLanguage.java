package org.casebridge.interfaces.shared.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.casebridge.interfaces.shared.MessageText;

/**
 * The language of a REST answer's texts: the best match of the request's {@code Accept-Language} among
 * CaseBridge's languages, English when there is none or no match. Small and replaceable by the
 * application-wide locale resolution (user preference first).
 */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        String header;
        try {
            header = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (RuntimeException noRequest) {
            header = null;
        }
        return of(header);
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), MessageText.LANGUAGES);
            return found == null ? Locale.ENGLISH : found;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
