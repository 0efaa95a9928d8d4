package org.casebridge.interfaces.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Optimistic locking over HTTP: ETag is the record version; a change must send it back in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version in If-Match; 428 when it is missing, 412 when it is not a version of ours. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(Problem.response(428, "Precondition Required",
                    "Send the ETag you last read in an If-Match header, so that you never overwrite someone else's change.",
                    null));
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problem.response(412, "Precondition Failed",
                    "If-Match does not name a version of this record.", null));
        }
    }

    public static Response.ResponseBuilder ok(Object entity, long version) {
        return Response.ok(entity).tag(tag(version));
    }
}
