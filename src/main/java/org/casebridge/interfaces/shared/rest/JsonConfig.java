package org.casebridge.interfaces.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON for the API: a property the resource does not know is refused (400) rather than silently
 * ignored, so a client never believes it set something it may not set. Request bodies, all input
 * records, are read by {@link StrictJsonReader}, which applies the same refusal and checks types;
 * this configuration serves the answers and any value that reader hands to JSON-B.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
