package org.casebridge.interfaces.shared.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * Starts the session anew (a new id, the account's current epoch) for a user who has just proved
 * who they are in this same request, by changing their own password: valid only for the username
 * {@link SessionRenewal} holds for this request, so it can never log anyone in by itself.
 */
public final class RenewedSessionCredential implements Credential {

    private final String username;

    public RenewedSessionCredential(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }
}
