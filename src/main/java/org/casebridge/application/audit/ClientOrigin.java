package org.casebridge.application.audit;

/**
 * Where the current request came from, as the audit trail records it: the client address of the
 * HTTP connection (behind a proxy, the proxy's), or null for work without a client (timers, start-up).
 * Produced per request by the interfaces layer, so that the application never sees a servlet request.
 */
public record ClientOrigin(String address) {

    public static final ClientOrigin NONE = new ClientOrigin(null);
    private static final int ADDRESS_MAX = 64;

    public ClientOrigin {
        if (address != null && (address.isBlank() || address.length() > ADDRESS_MAX)) {
            address = null;
        }
    }
}
