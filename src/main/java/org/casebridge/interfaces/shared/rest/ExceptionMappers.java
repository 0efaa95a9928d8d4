package org.casebridge.interfaces.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.DatabaseUnavailable;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.casebridge.interfaces.shared.i18n.UserLocale;

/**
 * Turns every exception into a problem document; every 400 names at least one field in
 * {@code errors} ({@code body} when the fault is the request as a whole). Unexpected ones are logged
 * with an incident id (class and place only, never bind parameters) and answered 500 with that id
 * and nothing more; those that mean the database is out of reach ({@link DatabaseUnavailable}) are
 * answered 503 with Retry-After, logged in one line without a stack trace, and so are those that mean it answers
 * but refuses to store anything (full, read-only, a write grant revoked: the change is refused as a whole). Every {@code detail} and field
 * message is resolved from the bundle in the answer's language ({@link UserLocale#forApi()}: the request's
 * {@code Accept-Language} when it names one of the five, else the caller's saved language, else English), the
 * same language {@link ProblemLanguage} gives the title.
 */
@Provider
public class ExceptionMappers implements ExceptionMapper<Throwable> {

    /** How many CaseBridge frames the log line of an unexpected error names. */
    static final int TRAIL = 8;

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    @Inject
    UserLocale userLocale;

    /** The request attribute naming the failure this request's incident was logged for, and its id. */
    private static final String LOGGED = ExceptionMappers.class.getName() + ".logged";

    @Context
    private HttpServletRequest request;

    /** A failure that was given an incident id (and logged) in this request. */
    private record Logged(Throwable failure, String incident) {
    }

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (DatabaseUnavailable.causedBy(e) || DatabaseUnavailable.writesRefused(e)) {
            databaseAway();
        }
        Locale language = language();
        if (e instanceof ValidationException v) {
            Map<String, String> errors = new LinkedHashMap<>();
            v.fieldErrors().forEach((field, message) -> errors.put(field, Texts.text(language, message)));
            return Problem.response(400, "Bad Request", Texts.text(language, v.text()), errors);
        }
        if (e instanceof ConcurrentChangeException c) {
            return Problem.response(412, "Precondition Failed", Texts.text(language, c.text()), null);
        }
        if (e instanceof DomainException d) {
            return Problem.response(409, "Conflict", Texts.text(language, d.text()), null);
        }
        if (e instanceof RecordNotFoundException n) {
            return Problem.response(Response.Status.NOT_FOUND, Texts.text(language, n.text()));
        }
        if (e instanceof AccessDeniedException || e instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, Texts.text(language, "error.rest.forbidden"));
        }
        if (e instanceof ConstraintViolationException cv) {
            return ConstraintViolationMapper.response(cv, language);
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            // Which property JSON-B choked on is not reliably known, so the error names the body.
            String notJson = Texts.text(language, "error.rest.notJson");
            return Problem.response(400, "Bad Request", notJson, Map.of("body", notJson));
        }
        if (e instanceof WebApplicationException w) {
            Response r = w.getResponse();
            int status = r.getStatus();
            String title = r.getStatusInfo().getReasonPhrase();
            String detail = switch (status) {
                case 404 -> Texts.text(language, "error.rest.noResource");
                case 405 -> Texts.text(language, "error.rest.methodNotAllowed");
                case 406 -> Texts.text(language, "error.rest.jsonOnly");
                case 415 -> Texts.text(language, "error.rest.sendJson");
                case 400 -> Texts.text(language, "error.rest.badRequest");
                default -> title;
            };
            return Problem.response(status, title, detail, status == 400 ? Map.of("body", detail) : null);
        }
        String known = loggedIncident(e);
        boolean log = known == null;
        String incident = log ? remember(e, UUID.randomUUID().toString()) : known;
        if (DatabaseUnavailable.causedBy(e)) {
            if (log) {
                LOG.log(Level.WARNING, "Database unavailable, incident {0}: {1} SQLSTATE {2}",
                        new Object[] {incident, e.getClass().getName(), Objects.toString(DatabaseUnavailable.sqlState(e), "none")});
            }
            Response problem = Problem.response(503, "Service Unavailable",
                    Texts.text(language, "error.rest.unavailable", incident), null);
            return Response.fromResponse(problem).header("Retry-After", "30").build();
        }
        if (DatabaseUnavailable.writesRefused(e)) {
            // An administrator must act (space, a standby promoted, a grant restored): SEVERE, still one line.
            if (log) {
                LOG.log(Level.SEVERE, "Database refuses writes, incident {0}: {1} SQLSTATE {2}",
                        new Object[] {incident, e.getClass().getName(), Objects.toString(DatabaseUnavailable.sqlState(e), "none")});
            }
            Response problem = Problem.response(503, "Service Unavailable",
                    Texts.text(language, "error.rest.writesRefused", incident), null);
            return Response.fromResponse(problem).header("Retry-After", "60").build();
        }
        // Class and places only: messages of unexpected exceptions may carry data the user typed.
        if (log) {
            LOG.log(Level.SEVERE, "Unexpected error, incident {0}: {1} at {2}", new Object[] {incident, e.getClass().getName(), where(e)});
        }
        return Problem.response(500, "Internal Server Error",
                Texts.text(language, "error.rest.incident", incident), null);
    }

    /**
     * Where an unexpected exception was thrown: its first frame, then the CaseBridge frames that led to it (at most
     * {@value #TRAIL} of them, innermost first, joined by " < "): class, method and line, never a message.
     */
    static String where(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        if (frames.length == 0) {
            return "an unknown place";
        }
        StringBuilder trail = new StringBuilder(frames[0].toString());
        int shown = 0;
        for (int i = 1; i < frames.length && shown < TRAIL; i++) {
            if (frames[i].getClassName().startsWith("org.casebridge.") && !frames[i].getClassName().contains("$Proxy$")) {
                trail.append(" < ").append(frames[i].getClassName().substring("org.casebridge.".length())).append('.')
                        .append(frames[i].getMethodName()).append(':').append(frames[i].getLineNumber());
                shown++;
            }
        }
        return trail.toString();
    }

    /** Tells {@link UserLocale#forApi()} not to ask the database for the caller's language in this request. */
    private void databaseAway() {
        try {
            request.setAttribute(UserLocale.DATABASE_AWAY, Boolean.TRUE);
        } catch (RuntimeException noRequest) {
            // outside a request there is no saved language to look up
        }
    }

    /** The answer's language; English when there is no request to ask (a mapper called outside one). */
    private Locale language() {
        try {
            return userLocale == null ? Locale.ENGLISH : userLocale.forApi();
        } catch (RuntimeException noRequest) {
            return Locale.ENGLISH;
        }
    }

    /**
     * The incident already given to {@code failure} in this request, or null. Jersey's own mapper of EJBException
     * (EjbExceptionMapper) calls this mapper twice for the cause of every failure of an EJB: once to learn whether
     * it maps it, and again for the answer. Both calls name the same incident, and only the first logs it: one
     * line per request.
     */
    private String loggedIncident(Throwable failure) {
        try {
            return request.getAttribute(LOGGED) instanceof Logged l && l.failure() == failure ? l.incident() : null;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    private String remember(Throwable failure, String incident) {
        try {
            request.setAttribute(LOGGED, new Logged(failure, incident));
        } catch (RuntimeException noRequest) {
            // outside a request nothing is asked twice
        }
        return incident;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException && current.getCause() != null)
                || (current.getCause() instanceof ValidationException)) {
            current = current.getCause();
        }
        return current;
    }
}
