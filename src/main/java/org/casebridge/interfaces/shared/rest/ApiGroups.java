package org.casebridge.interfaces.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.casebridge.interfaces.shared.web.RequestMetrics;

/**
 * Names the endpoint group of an API request for {@link RequestMetrics}: the first segment of the
 * matched resource's path ({@code cases}, {@code referrals}, {@code audit}, ...), a fixed set.
 */
@Provider
public class ApiGroups implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Path path = type == null ? null : type.getAnnotation(Path.class);
        if (path != null && request != null) {
            request.setAttribute(RequestMetrics.GROUP, group(path.value()));
        }
    }

    static String group(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        String first = slash < 0 ? p : p.substring(0, slash);
        return first.isEmpty() || first.startsWith("{") ? "root" : first;
    }
}
