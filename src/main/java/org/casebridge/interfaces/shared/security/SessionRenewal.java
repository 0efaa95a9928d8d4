package org.casebridge.interfaces.shared.security;

import jakarta.enterprise.context.RequestScoped;

/** The user (if any) who proved who they are in this request, and whose session may be renewed ({@link RenewedSessionCredential}). */
@RequestScoped
public class SessionRenewal {

    private String username;

    public void allow(String who) {
        this.username = who;
    }

    boolean allows(String who) {
        return username != null && username.equals(who);
    }

    void spent() {
        username = null;
    }
}
