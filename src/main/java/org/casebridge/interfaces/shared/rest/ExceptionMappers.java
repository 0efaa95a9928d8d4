package org.casebridge.interfaces.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
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

/**
 * Turns every exception into a problem document; every 400 names at least one field in
 * {@code errors} ({@code body} when the fault is the request as a whole). Unexpected ones are logged
 * with an incident id (class and place only, never bind parameters) and answered 500 with that id
 * and nothing more; those that mean the database is out of reach ({@link DatabaseUnavailable}) are
 * answered 503 with Retry-After, logged in one line without a stack trace, and so are those that mean it answers
 * but refuses to store anything (full, read-only, a write grant revoked: the change is refused as a whole).
 */
@Provider
public class ExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ValidationException v) {
            return Problem.response(400, "Bad Request", "Some fields are not valid.", v.fieldErrors());
        }
        if (e instanceof ConcurrentChangeException c) {
            return Problem.response(412, "Precondition Failed", c.getMessage(), null);
        }
        if (e instanceof DomainException d) {
            return Problem.response(409, "Conflict", d.getMessage(), null);
        }
        if (e instanceof RecordNotFoundException n) {
            return Problem.response(Response.Status.NOT_FOUND, n.getMessage());
        }
        if (e instanceof AccessDeniedException || e instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, "Your role does not allow this.");
        }
        if (e instanceof ConstraintViolationException cv) {
            return ConstraintViolationMapper.response(cv);
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            // Which property JSON-B choked on is not reliably known, so the error names the body.
            return Problem.response(400, "Bad Request", "The request body is not valid JSON for this resource.",
                    Map.of("body", "The request body is not valid JSON for this resource."));
        }
        if (e instanceof WebApplicationException w) {
            Response r = w.getResponse();
            int status = r.getStatus();
            String title = r.getStatusInfo().getReasonPhrase();
            String detail = switch (status) {
                case 404 -> "There is no such resource.";
                case 405 -> "This method is not allowed on this resource.";
                case 406 -> "This resource answers in JSON only.";
                case 415 -> "Send JSON (Content-Type: application/json).";
                case 400 -> "The request is not valid.";
                default -> title;
            };
            return Problem.response(status, title, detail, status == 400 ? Map.of("body", detail) : null);
        }
        String incident = UUID.randomUUID().toString();
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.log(Level.WARNING, "Database unavailable, incident {0}: {1}", new Object[] {incident, e.getClass().getName()});
            Response problem = Problem.response(503, "Service Unavailable", "CaseBridge cannot reach its database right now;"
                    + " nothing was changed. Try again in a minute; if it persists, quote incident " + incident
                    + " to your administrator.", null);
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
                "The request could not be completed. Quote incident " + incident + " to your administrator.", null);
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
