package org.casebridge.interfaces.shared.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem document: status, title, a detail safe to show, and for 400 the message of
 * each offending field. Never a stack trace, class name or SQL.
 */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    public static Response response(int status, String title, String detail, Map<String, String> errors) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail, errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
