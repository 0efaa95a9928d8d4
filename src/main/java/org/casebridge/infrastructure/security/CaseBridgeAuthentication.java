package org.casebridge.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.casebridge.domain.model.account.UserAccount;

/**
 * The one authentication mechanism. Screens use a session started by the login form (through
 * {@code SecurityContext.authenticate}); REST clients under {@code /api/} send HTTP Basic on every
 * request, never get a session, and get a 401 problem document instead of a redirect. The session
 * holds only the username and the account's session epoch; the account is re-read on every request.
 */
@ApplicationScoped
public class CaseBridgeAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String SESSION_USER = "casebridge.user";
    static final String SESSION_EPOCH = "casebridge.epoch";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionAccounts sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        if (isApi(request)) {
            return api(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formLogin(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Integer epoch = (Integer) session.getAttribute(SESSION_EPOCH);
            Optional<UserAccount> account = sessions.stillValid(username, epoch == null ? -1 : epoch);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(username, account.get().roleNames());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The login page itself answers (200, one message); a 401 would replace it with an error page.
            return context.doNothing();
        }
        String username = result.getCallerPrincipal().getName();
        // A new session id at login, so that a session id planted before login is worthless.
        HttpSession session = request.getSession(true);
        if (!session.isNew()) {
            request.changeSessionId();
        }
        session.setAttribute(SESSION_USER, username);
        session.setAttribute(SESSION_EPOCH, sessions.currentEpoch(username));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<UsernamePasswordCredential> credential = basic(header.substring(6).trim());
            if (credential.isPresent()) {
                CredentialValidationResult result = identityStores.validate(credential.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, context);
        }
        if (context.isProtected()) {
            return unauthorized(response, context);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"CaseBridge\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Log in with a valid username and password (HTTP Basic).\"}");
            response.flushBuffer();
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Optional<UsernamePasswordCredential> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
