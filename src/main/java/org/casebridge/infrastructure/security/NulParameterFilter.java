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
 * Refuses (400) a screen request with a NUL character in any parameter. No text CaseBridge stores may
 * hold one (the domain's text rules refuse it beside the field), but a search or filter typed on a
 * screen goes to the database as it is, and PostgreSQL cannot take a NUL: it would answer an error
 * instead of an empty list. The API checks its parameters itself ({@code ParameterCheck}), so
 * {@code /api/*} is left alone and its JSON bodies are never read here.
 */
@WebFilter(filterName = "nulParameters", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class NulParameterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // Before the parameters are read here, or they would be decoded as ISO-8859-1 and the
            // container would log a warning on every screen request when it sets UTF-8 later.
            request.setCharacterEncoding("UTF-8");
        }
        if (hasNul(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNul(HttpServletRequest request) {
        for (var p : request.getParameterMap().entrySet()) {
            if (p.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String v : p.getValue()) {
                if (v != null && v.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
