package org.casebridge.interfaces.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casebridge.domain.model.shared.Text;

/**
 * Refuses, before any resource runs, a query or path parameter holding what no one-line text in
 * CaseBridge may hold ({@link Text}: control characters such as NUL, text-direction controls), with
 * a 400 naming the parameter. Every search and filter is one line, and a NUL byte would otherwise
 * reach PostgreSQL, which cannot take it, and come back as a 500.
 */
@Provider
public class ParameterCheck implements ContainerRequestFilter {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(request.getUriInfo().getPathParameters(), errors);
        check(request.getUriInfo().getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            request.abortWith(Problem.response(400, "Bad Request", "Some parameters are not valid.", errors));
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, Map<String, String> errors) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            boolean clean = Text.isOneLine(p.getKey()) && p.getValue().stream().allMatch(Text::isOneLine);
            if (!clean) {
                errors.putIfAbsent(NAME.matcher(p.getKey()).matches() ? p.getKey() : "parameters",
                        "Must be one line without control or text-direction characters.");
            }
        }
    }
}
