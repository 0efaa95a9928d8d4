package org.casebridge.interfaces.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Request rates and latencies per endpoint group, in the application scope of {@code /metrics}
 * ({@code casebridge_requests_seconds{kind, group, method, status}}): for the API the group is the
 * resource's path (set by {@code ApiGroups} once JAX-RS has matched it), for the screens the page's
 * directory. Every label comes from a fixed set (the WAR's directories, the resources' paths, the
 * status class), never from what a client typed, so that no request can grow the registry. The time is
 * the application's own: authentication, which runs before any filter, is not included, and a request
 * it refuses is not counted here.
 */
@WebFilter(filterName = "requestMetrics", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RequestMetrics extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The request attribute through which the API names the group of the resource that answered. */
    public static final String GROUP = "casebridge.metrics.group";
    static final String NAME = "casebridge.requests";
    private static final Metadata METADATA = Metadata.builder().withName(NAME)
            .withDescription("Requests answered by CaseBridge, by kind (api, screen), endpoint group, method and status class;"
                    + " authentication not included")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    transient MetricRegistry registry;

    /** The top-level directories of the screens (cases, referrals, admin, ...): the only screen groups. */
    private transient Set<String> screenGroups;

    @Override
    public void init() throws ServletException {
        Set<String> groups = new TreeSet<>();
        Set<String> paths = getServletContext().getResourcePaths("/");
        if (paths != null) {
            for (String p : paths) {
                if (p.endsWith("/") && !p.startsWith("/WEB-INF") && !p.startsWith("/META-INF") && !p.startsWith("/resources")) {
                    groups.add(p.substring(1, p.length() - 1));
                }
            }
        }
        screenGroups = Set.copyOf(groups);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            record(request, response, System.nanoTime() - start);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, long nanos) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String kind;
        String group;
        if (path.startsWith("/api/")) {
            kind = "api";
            group = request.getAttribute(GROUP) instanceof String g ? g : "unmatched";
        } else if (path.endsWith(".xhtml")) {
            kind = "screen";
            int slash = path.indexOf('/', 1);
            String directory = slash < 0 ? "" : path.substring(1, slash);
            group = slash < 0 ? "top" : screenGroups.contains(directory) ? directory : "other";
        } else {
            return; // static resources, health, metrics, the API description: not the application's work
        }
        String method = switch (request.getMethod()) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE" -> request.getMethod();
            default -> "other";
        };
        String status = (response.getStatus() / 100) + "xx";
        registry.timer(METADATA, new Tag("kind", kind), new Tag("group", group), new Tag("method", method),
                new Tag("status", status)).update(Duration.ofNanos(nanos));
    }
}
