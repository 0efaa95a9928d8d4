package org.casebridge.interfaces.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    @Inject
    UserLocale userLocale;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
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
        String incident = UUID.randomUUID().toString();
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.log(Level.WARNING, "Database unavailable, incident {0}: {1}", new Object[] {incident, e.getClass().getName()});
            Response problem = Problem.response(503, "Service Unavailable",
                    Texts.text(language, "error.rest.unavailable", incident), null);
            return Response.fromResponse(problem).header("Retry-After", "30").build();
        }
        if (DatabaseUnavailable.writesRefused(e)) {
            // An administrator must act (space, a standby promoted, a grant restored): SEVERE, still one line.
            LOG.log(Level.SEVERE, "Database refuses writes, incident {0}: {1} SQLSTATE {2}",
                    new Object[] {incident, e.getClass().getName(), DatabaseUnavailable.sqlState(e)});
            Response problem = Problem.response(503, "Service Unavailable", "CaseBridge cannot save changes right now;"
                    + " nothing was changed. Try again later; if it persists, quote incident " + incident
                    + " to your administrator.", null);
            return Response.fromResponse(problem).header("Retry-After", "60").build();
        }
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        // Class and place only: messages of unexpected exceptions may carry data the user typed.
        LOG.log(Level.SEVERE, "Unexpected error, incident {0}: {1} at {2}", new Object[] {incident, e.getClass().getName(), where});
        return Problem.response(500, "Internal Server Error",
                Texts.text(language, "error.rest.incident", incident), null);
    }

    /** The answer's language; English when there is no request to ask (a mapper called outside one). */
    private Locale language() {
        try {
            return userLocale == null ? Locale.ENGLISH : userLocale.forApi();
        } catch (RuntimeException noRequest) {
            return Locale.ENGLISH;
        }
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
