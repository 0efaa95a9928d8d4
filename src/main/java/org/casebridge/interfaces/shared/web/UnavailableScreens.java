package org.casebridge.interfaces.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.shared.DatabaseUnavailable;

/**
 * A screen's work failed because the database could not serve it (issue 14: no connection free in the pool
 * within its wait, the database stopped or not answering within the statement timeout, or refusing writes): the
 * request is answered 503 with Retry-After and the short "temporarily unavailable" page, or for a Faces AJAX
 * request the status and a sentence (casebridge.js keeps what was typed and says nothing was saved), with one log
 * line naming an incident, the exception classes and the SQLSTATE. Without this, such a failure in a view
 * action, a listener or the rendering escaped the Faces servlet as a 500 with a stack trace in the log (the
 * account gate and the sign-in check, which run before Faces, already answered 503).
 * <p>
 * A form post whose CSP nonce PrimeFaces refuses is answered 400 ({@link RefusedFormFilter}), not 200 with the
 * exception's class in the partial response.
 * <p>
 * Every other exception goes on to Faces' own handling (the error page, and a stack trace in the log: those are
 * faults of CaseBridge that must be seen). The page itself is the container's error page for 503
 * ({@code sendError(503, incident)}; web.xml), the same the sign-in check writes. Registered in faces-config.xml.
 */
public final class UnavailableScreens extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(UnavailableScreens.class.getName());
    static final String RETRY_AFTER_SECONDS = "30";

    UnavailableScreens(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable failure = events.next().getContext().getException();
            org.primefaces.csp.CspException refusal = RefusedFormFilter.refusal(failure);
            if (DatabaseUnavailable.causedBy(failure) || DatabaseUnavailable.writesRefused(failure)) {
                events.remove();
                answer(context, failure);
            } else if (refusal != null) {
                events.remove();
                refuse(context, refusal);
            }
        }
        getWrapped().handle();
    }

    /** 503 and the unavailable page, unless part of the page has already gone to the browser. */
    private static void answer(FacesContext context, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        ExternalContext external = context.getExternalContext();
        boolean sent = external.isResponseCommitted();
        LOG.log(Level.WARNING, "Screen unavailable, incident {0}: {1} caused by {2}, SQLSTATE {3}{4}", new Object[] {incident,
                failure.getClass().getName(), root(failure).getClass().getName(),
                Objects.toString(DatabaseUnavailable.sqlState(failure), "none"),
                sent ? " (the page had begun: cut short)" : ""});
        if (!context.getResponseComplete() && !sent) {
            try {
                external.responseReset();
                external.setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
                external.responseSendError(503, incident);
            } catch (IOException | IllegalStateException gone) {
                // the client went away, or the response was already sent
            }
        }
        context.responseComplete();
    }

    /** A form post with a wrong CSP nonce (an AJAX one reaches this handler): 400, as {@link RefusedFormFilter} answers. */
    private static void refuse(FacesContext context, org.primefaces.csp.CspException refusal) {
        ExternalContext external = context.getExternalContext();
        try {
            RefusedFormFilter.refuse((jakarta.servlet.http.HttpServletRequest) external.getRequest(),
                    (jakarta.servlet.http.HttpServletResponse) external.getResponse(), refusal);
        } catch (IOException gone) {
            // the client went away
        }
        context.responseComplete();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root;
    }

    /** Faces' factory for {@link UnavailableScreens} around the handler it would have used. */
    public static final class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new UnavailableScreens(getWrapped().getExceptionHandler());
        }
    }
}
