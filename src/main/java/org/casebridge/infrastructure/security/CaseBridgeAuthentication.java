package org.casebridge.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.account.ApiTokenLogin;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.shared.Languages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one authentication mechanism. Screens use a session started by the login form (through
 * {@code SecurityContext.authenticate}); REST clients under {@code /api/} send HTTP Basic or a personal
 * API token ({@code Authorization: Bearer}) on every request, never get a session, and get a 401
 * problem document instead of a redirect. The session holds only the username and the account's
 * session epoch; the account is re-read on every request.
 */
@ApplicationScoped
public class CaseBridgeAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(CaseBridgeAuthentication.class.getName());
    static final String BUNDLE = "org.casebridge.interfaces.messages";
    static final String SESSION_USER = "casebridge.user";
    static final String SESSION_EPOCH = "casebridge.epoch";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionAccounts sessions;

    @Inject
    ApiTokenLogin tokens;

    /**
     * Whether API answers carry {@code Server-Timing: auth;dur=MS}, the time authentication took (for the
     * benchmark, which subtracts it to time a call without authentication). Off by default.
     */
    @Inject
    @ConfigProperty(name = "casebridge.http.server-timing", defaultValue = "false")
    boolean serverTiming;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        if (isApi(request)) {
            if (!serverTiming) {
                return api(request, response, context);
            }
            long start = System.nanoTime();
            AuthenticationStatus status = api(request, response, context);
            response.setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "auth;dur=%.3f",
                    (System.nanoTime() - start) / 1e6));
            return status;
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formLogin(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Integer epoch = (Integer) session.getAttribute(SESSION_EPOCH);
            Optional<UserAccount> account;
            try {
                account = sessions.stillValid(username, epoch == null ? -1 : epoch);
            } catch (RuntimeException unavailable) {
                return screenUnavailable(request, response, unavailable);
            }
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(username, account.get().roleNames());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return toLogin(request, response, context, session != null || request.getRequestedSessionId() != null);
        }
        return context.doNothing();
    }

    /**
     * Sends a screen request without a valid session to the login page, saying so when a session had
     * ended, with the page to return to after login ({@link #returnPath}; the Referer is not used, the
     * application sends {@code Referrer-Policy: no-referrer}). A Faces AJAX request gets
     * the redirect as a partial response, which the page follows: a plain 302 would hand it the login
     * page's HTML, which it cannot use, and leave the user in front of a spinner.
     */
    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, boolean expired) {
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        String back = returnPath(request);
        StringBuilder url = new StringBuilder(request.getContextPath()).append(LOGIN_PAGE);
        String sep = "?";
        if (expired) {
            url.append(sep).append("expired=true");
            sep = "&";
        }
        if (back != null) {
            url.append(sep).append("from=").append(java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (!ajax) {
            return context.redirect(url.toString());
        }
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.toString().replace("&", "&amp;") + "\"></redirect></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (java.io.IOException gone) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /**
     * The page to come back to after login: the address asked for (a GET, with its query), or the page a
     * form was posted from (a Faces form, AJAX or not, posts to its own page; without its query, which
     * only the view knew). Only a path inside this application ({@code LocalPath}), so that the login page
     * can never send anyone elsewhere.
     */
    static String returnPath(HttpServletRequest request) {
        String context = request.getContextPath();
        String path = request.getRequestURI();
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        if (path == null || !path.startsWith(context)) {
            return null;
        }
        return org.casebridge.domain.model.shared.LocalPath.of(path.substring(context.length())).orElse(null);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException unavailable) {
            return unavailable(request, context.getResponse(), unavailable);
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The login page itself answers (200, one message); a 401 would replace it with an error page.
            return context.doNothing();
        }
        String username = result.getCallerPrincipal().getName();
        int epoch;
        try {
            // read before the session is touched: the database gone at this step leaves no half-signed-in session
            epoch = sessions.currentEpoch(username);
        } catch (RuntimeException unavailable) {
            return unavailable(request, context.getResponse(), unavailable);
        }
        // A new session id at login, so that a session id planted before login is worthless.
        HttpSession session = request.getSession(true);
        if (!session.isNew()) {
            request.changeSessionId();
        }
        session.setAttribute(SESSION_USER, username);
        session.setAttribute(SESSION_EPOCH, epoch);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(request, response, context, header.substring(7).trim());
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String encoded = header.substring(6).trim();
            Optional<UsernamePasswordCredential> credential = basic(encoded);
            if (credential.isPresent()) {
                CredentialValidationResult result;
                try {
                    // its own type, so that the identity store knows a one-step login from the form's first step
                    result = identityStores.validate(new BasicAuthenticationCredential(encoded));
                } catch (RuntimeException unavailable) {
                    return unavailable(request, response, unavailable);
                }
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                if (Boolean.TRUE.equals(request.getAttribute(ApiTokenLogin.TOKEN_REQUIRED))) {
                    response.setHeader("WWW-Authenticate", "Bearer realm=\"CaseBridge\"");
                    return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                            text(request, "error.auth.tokenRequired"), null);
                }
            }
            return unauthorized(request, response);
        }
        if (context.isProtected()) {
            return unauthorized(request, response);
        }
        return context.doNothing();
    }

    /**
     * A personal API token: SHA-256 and one indexed lookup, no password hash and no LOGIN entry. A read-only
     * token is refused (403, audited DENIED) on anything but GET and HEAD; too many failed tokens from one
     * client address get 429 with Retry-After.
     */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String secret) {
        ApiTokenLogin.Check check;
        try {
            check = tokens.check(secret);
        } catch (RuntimeException unavailable) {
            return unavailable(request, response, unavailable);
        }
        switch (check.outcome()) {
            case RATE_LIMITED:
                return problem(response, 429, "Too Many Requests", text(request, "error.auth.tooManyTokens"),
                        Long.toString(check.retryAfterSeconds()));
            case INVALID:
                return unauthorized(request, response);
            default:
                break;
        }
        String method = request.getMethod();
        if (check.readOnly() && !"GET".equals(method) && !"HEAD".equals(method)) {
            try {
                tokens.refuseChange(check.tokenId(), method);
            } catch (RuntimeException unavailable) {
                return unavailable(request, response, unavailable);
            }
            return problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", text(request, "error.auth.readOnlyToken"), null);
        }
        return context.notifyContainerAboutLogin(check.username(), check.roles());
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title, String detail,
            String retryAfter) {
        try {
            response.setStatus(status);
            if (retryAfter != null) {
                response.setHeader("Retry-After", retryAfter);
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                    .add("status", status).add("detail", detail).build().toString());
            response.flushBuffer();
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"CaseBridge\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"CaseBridge\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Unauthorized")
                    .add("status", 401).add("detail", text(request, "error.auth.unauthorized")).build().toString());
            response.flushBuffer();
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The password could not be checked (the database is away): 503 with an incident id and
     * Retry-After, for the form and the API alike, and one log line with the id and the exception
     * classes only (their messages may hold SQL or the username typed).
     */
    static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response, RuntimeException cause) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Login unavailable, incident {0}: {1} caused by {2}",
                new Object[] {incident, cause.getClass().getName(), root(cause).getClass().getName()});
        try {
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", UnavailablePage.RETRY_AFTER_SECONDS);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Service Unavailable")
                    .add("status", 503).add("detail", text(request, "error.auth.unavailable", incident))
                    .add("incident", incident).build().toString());
            response.flushBuffer();
        } catch (IOException | IllegalStateException ignored) {
            // the client went away, or the response was already sent
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The language of an answer written here, before any user is known and without the database: the one
     * chosen on the login page, else the best match of {@code Accept-Language}, else English.
     */
    static java.util.Locale language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute("casebridge.language");
        return Languages.resolve(null, chosen instanceof String c ? c : null, request.getHeader("Accept-Language"));
    }

    /** {@code key}'s text in the request's {@link #language}, its placeholders filled in that language's formats. */
    static String text(HttpServletRequest request, String key, Object... args) {
        java.util.Locale locale = language(request);
        String pattern = Languages.bundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, Languages.formatting(locale)).format(args);
    }

    /**
     * A signed-in user's screen request while the session cannot be checked (the database is away): 503
     * with Retry-After and the {@link UnavailablePage}, the session kept; one log line with an incident id and
     * the exception classes.
     */
    private static AuthenticationStatus screenUnavailable(HttpServletRequest request, HttpServletResponse response,
            RuntimeException cause) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Screen unavailable, incident {0}: {1} caused by {2}",
                new Object[] {incident, cause.getClass().getName(), root(cause).getClass().getName()});
        try {
            response.reset();
        } catch (IllegalStateException alreadySent) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        UnavailablePage.write(request, response, incident, returnPath(request));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Throwable root(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
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
