package org.casebridge.interfaces.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Behind a trusted reverse proxy ({@link TrustedProxies}), the screens and REST see the client's address
 * and scheme (https when the proxy says so), for redirects and anything else that reads the request.
 * From anyone else, the forwarding headers change nothing.
 */
@WebFilter(filterName = "forwardedRequests", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = DispatcherType.REQUEST)
public class ForwardedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (proxies.isEmpty() || !proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = proxies.clientOf(request);
        String scheme = proxies.schemeOf(request);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }

            @Override
            public String getScheme() {
                return scheme;
            }

            @Override
            public boolean isSecure() {
                return "https".equals(scheme);
            }
        }, response);
    }
}
