package org.casebridge.infrastructure.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, errors included. Faces pages also get PrimeFaces' own
 * Content-Security-Policy with a per-response script nonce; browsers enforce both policies, so this
 * one restricts everything except scripts, and for non-page responses it forbids everything.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equalsIgnoreCase(request.getMethod()) || "TRACK".equalsIgnoreCase(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Also called by the authentication mechanism, whose 401s and redirects never reach this filter. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        boolean page = path.endsWith(".xhtml") || path.equals("/") || path.startsWith("/jakarta.faces.resource/");
        response.setHeader("Content-Security-Policy", page ? PAGE_POLICY : API_POLICY);
        boolean staticResource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (!staticResource) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }
}
