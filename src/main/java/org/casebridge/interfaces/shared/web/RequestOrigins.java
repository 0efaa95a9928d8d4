package org.casebridge.interfaces.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.casebridge.application.audit.ClientOrigin;

/**
 * Tells the audit trail where each HTTP request (screen or REST) came from: the peer, or behind a
 * trusted reverse proxy the client it forwarded for ({@link TrustedProxies}).
 */
@RequestScoped
public class RequestOrigins {

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxies proxies;

    /** Dependent: a record cannot be proxied, and the address is read afresh for each audit entry. */
    @Produces
    ClientOrigin origin() {
        try {
            return new ClientOrigin(proxies.clientOf(request));
        } catch (IllegalStateException noRequest) {
            return ClientOrigin.NONE;
        }
    }
}
