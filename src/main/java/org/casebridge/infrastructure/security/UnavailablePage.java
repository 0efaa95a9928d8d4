package org.casebridge.infrastructure.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.domain.model.shared.LocalPath;

/**
 * What a screen request gets while the database cannot serve it (issue 14): 503 with Retry-After and, for a page,
 * a short page of its own that needs neither the database nor Faces (the user is told they are still signed in,
 * given the incident id and a link back to the page they asked for); for a Faces AJAX request the status and one
 * sentence, which the page's script turns into a message while keeping what was typed (casebridge.js).
 * <p>
 * One page for every place that finds the database away: the sign-in check writes it directly
 * ({@link CaseBridgeAuthentication}); the account gate and the Faces exception handler, which sit in the
 * interfaces layer, answer {@code sendError(503, incident)}, and the container's error page for 503 (web.xml) is
 * this servlet, which takes the incident from the error message. Asked for directly it does not exist (404).
 */
@WebServlet(name = "unavailablePage", urlPatterns = UnavailablePage.PATH)
public class UnavailablePage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/unavailable";
    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger LOG = Logger.getLogger(UnavailablePage.class.getName());
    private static final Pattern INCIDENT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String incident = message instanceof String m && INCIDENT.matcher(m).matches() ? m : null;
        if (incident == null) {
            // a 503 from elsewhere (the server itself): the page still needs an incident a log line names
            incident = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "Screen unavailable, incident {0}: a 503 with no incident of its own", incident);
        }
        write(request, response, incident, again(request));
    }

    /**
     * The page (or, for a Faces AJAX request, the sentence) for {@code incident}, with a link to {@code again} (a
     * path inside the application, or null for the home page); the caller has logged the incident.
     */
    static void write(HttpServletRequest request, HttpServletResponse response, String incident, String again) {
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        try {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            SecurityHeadersFilter.apply(request, response);
            response.setCharacterEncoding("UTF-8");
            Locale locale = CaseBridgeAuthentication.language(request);
            ResourceBundle words = Languages.bundle(CaseBridgeAuthentication.BUNDLE, locale);
            if (ajax) {
                response.setContentType("text/plain");
                response.getWriter().write(words.getString("unavailable.page.text") + " " + incident);
            } else {
                response.setContentType("text/html");
                response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                        + "<title>" + words.getString("unavailable.page.title") + "</title></head><body><main>"
                        + "<h1>" + words.getString("unavailable.page.heading") + "</h1>"
                        + "<p>" + words.getString("unavailable.page.text") + "</p>"
                        + "<p>" + new MessageFormat(words.getString("unavailable.page.incident"), locale)
                                .format(new Object[] {"<code>" + incident + "</code>"}) + "</p>"
                        + "<p><a href=\"" + request.getContextPath() + (again == null ? "/" : again.replace("&", "&amp;")
                                .replace("\"", "&quot;").replace("<", "&lt;")) + "\">" + words.getString("unavailable.page.again") + "</a></p>"
                        + "</main></body></html>");
            }
            response.flushBuffer();
        } catch (IOException | IllegalStateException ignored) {
            // the client went away, or the response was already sent
        }
    }

    /** The page the failed request asked for, from the error dispatch's attributes (a GET's query kept). */
    private static String again(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request.getContextPath();
        if (!(uri instanceof String path) || !path.startsWith(context)) {
            return null;
        }
        // Servlet 6.1's attribute, else the error dispatch's own query (the request's, where the server keeps it)
        Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        query = query == null ? request.getQueryString() : query;
        if ("GET".equals(request.getMethod()) && query instanceof String q && !q.isEmpty()) {
            path += "?" + q;
        }
        return LocalPath.of(path.substring(context.length())).orElse(null);
    }
}
