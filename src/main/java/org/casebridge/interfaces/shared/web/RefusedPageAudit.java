package org.casebridge.interfaces.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;

/**
 * Puts on the audit trail the screens the container refused by role (a web.xml constraint such as
 * /admin/* or /audit/*), which never reach an application service: the 403 error page records a
 * DENIED entry with the path asked for (reduced to a safe alphabet; no query string).
 */
@WebFilter(filterName = "refusedPageAudit", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPageAudit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            audit.recordSeparately(AuditEvent.denied("page", null, null, "path=" + safe(uri)));
        }
        chain.doFilter(request, response);
    }

    static String safe(Object uri) {
        String path = uri == null ? "" : uri.toString();
        String cleaned = path.replaceAll("[^A-Za-z0-9/._-]", "_");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }
}
