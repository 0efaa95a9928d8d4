package org.casebridge.interfaces.shared.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of the login form: a code of the authenticator app or a recovery code, for the login waiting in the session. */
public final class OneTimeCodeCredential implements Credential {

    private final String code;

    public OneTimeCodeCredential(String code) {
        this.code = code == null ? "" : code.trim();
    }

    public String code() {
        return code;
    }
}
