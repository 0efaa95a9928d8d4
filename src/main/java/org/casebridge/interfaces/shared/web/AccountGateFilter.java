package org.casebridge.interfaces.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casebridge.application.Caller;
import org.casebridge.application.account.SecondFactorPolicy;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.shared.DatabaseUnavailable;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.interfaces.shared.i18n.Texts;

/**
 * What a signed-in user must do before anything else: choose their own password when theirs is
 * temporary (set by an administrator or the bootstrap), then set up a second factor when their role
 * requires one ({@link SecondFactorPolicy}). Screens go to "My account"; the API answers 403
 * problem+json for everything but the endpoints that do it.
 */
@WebFilter(filterName = "accountGate", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class AccountGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AccountGateFilter.class.getName());
    public static final String ACCOUNT_PAGE = "/account/me.xhtml";
    private static final Set<String> PASSWORD_API = Set.of("/api/me/password");
    private static final Set<String> ENROL_API = Set.of("/api/me", "/api/me/password", "/api/me/second-factor",
            "/api/me/second-factor/confirm");

    @Inject
    transient Caller caller;

    @Inject
    transient SecondFactorPolicy policy;

    enum Gate { PASSWORD, ENROL }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<UserAccount> account;
        try {
            account = caller.account();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            unavailable(path, request, response, e);
            return;
        }
        Optional<Gate> gate = account.flatMap(this::gate);
        if (gate.isEmpty() || allowed(gate.get(), path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            String detail = Texts.text(Languages.resolve(null, null, request.getHeader("Accept-Language")),
                    gate.get() == Gate.PASSWORD ? "error.gate.password" : "error.gate.secondFactor");
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Forbidden")
                    .add("status", 403).add("detail", detail).build().toString());
            return;
        }
        String target = request.getContextPath() + ACCOUNT_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"></redirect></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    /**
     * The account could not be read (the database away, or no pooled connection free within its wait): 503 with
     * Retry-After (problem+json for the API; for a screen the unavailable page, the container's error page for 503,
     * or for an AJAX request the status and a sentence, which casebridge.js turns into a message), one log line with
     * an incident id and the exception class, never a 500 or a stack trace.
     */
    private static void unavailable(String path, HttpServletRequest request, HttpServletResponse response, RuntimeException cause)
            throws IOException {
        String incident = java.util.UUID.randomUUID().toString();
        LOG.log(java.util.logging.Level.WARNING, "Database unavailable, incident {0}: {1}",
                new Object[] {incident, cause.getClass().getName()});
        response.reset();
        response.setHeader("Retry-After", UnavailableScreens.RETRY_AFTER_SECONDS);
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, incident);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setCharacterEncoding("UTF-8");
        // No database, so no saved preference: the browser's language.
        Locale language = Languages.resolve(null, null, request.getHeader("Accept-Language"));
        response.setContentType("application/problem+json");
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Service Unavailable")
                .add("status", 503).add("detail", Texts.text(language, "error.rest.unavailable", incident))
                .add("incident", incident).build().toString());
    }

    private Optional<Gate> gate(UserAccount account) {
        if (account.isPasswordTemporary()) {
            return Optional.of(Gate.PASSWORD);
        }
        return policy.mustEnrol(account) ? Optional.of(Gate.ENROL) : Optional.empty();
    }

    private static boolean allowed(Gate gate, String path) {
        if (path.equals(ACCOUNT_PAGE) || path.equals("/login.xhtml") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")) {
            return true;
        }
        return (gate == Gate.PASSWORD ? PASSWORD_API : ENROL_API).contains(path);
    }
}
