package org.casebridge.interfaces.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.primefaces.csp.CspException;

/**
 * A form post PrimeFaces refuses because its CSP nonce is not the one of the page it claims to come from (another
 * page's, not a nonce at all, or none: a forged or replayed post, or a client that does not run the page's script):
 * 400 with a short page of its own, or for a Faces AJAX request the status and one sentence; one log line with an
 * incident id and PrimeFaces' own reason (a fixed text, never a value of the request); nothing of the form is applied.
 * <p>
 * For a page, PrimeFaces throws {@link CspException} from a phase listener, which the Faces exception handler never
 * sees, so it escaped the Faces servlet as a 500 with a stack trace, and the container's error page (a Faces page,
 * rendered for the same post) failed again on it; for an AJAX post Faces' handler answered 200 with the exception's
 * class in the partial response. Both now come here ({@link UnavailableScreens} for the AJAX one). The page written
 * here needs neither Faces nor the database.
 */
@WebFilter(filterName = "refusedForms", urlPatterns = "*.xhtml", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RefusedFormFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusedFormFilter.class.getName());
    /** Set once a request is refused: Faces may hand the same refusal to its handler and still throw it. */
    private static final String REFUSED = RefusedFormFilter.class.getName() + ".refused";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            CspException refusal = refusal(e);
            if (refusal == null) {
                throw e;
            }
            refuse(request, response, refusal);
        }
    }

    /** The CSP refusal in {@code failure}'s causes, or null. */
    static CspException refusal(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof CspException csp) {
                return csp;
            }
        }
        return null;
    }

    /** 400 and the page or sentence, one log line (also for an AJAX post, whose refusal Faces' handler sees first). */
    static void refuse(HttpServletRequest request, HttpServletResponse response, CspException refusal) throws IOException {
        if (request.getAttribute(REFUSED) != null) {
            return;
        }
        request.setAttribute(REFUSED, Boolean.TRUE);
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Form refused, incident {0}: {1}", new Object[] {incident, refusal.getMessage()});
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(UserLocale.CHOSEN);
        Locale locale = Languages.resolve(null, chosen instanceof String c ? c : null, request.getHeader("Accept-Language"));
        String text = Texts.text(locale, "error.text");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/plain");
            response.getWriter().write(text);
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + Texts.text(locale, "error.title") + "</title></head><body><main>"
                + "<h1>" + Texts.text(locale, "error.title") + "</h1><p>" + text + "</p>"
                + "<p><a href=\"" + request.getContextPath() + "/\">" + Texts.text(locale, "error.home") + "</a></p>"
                + "<p><code>" + incident + "</code></p></main></body></html>");
    }
}
