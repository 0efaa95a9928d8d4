package org.casebridge.application.account;

/** A token just created, with its secret: the only time the secret leaves the server. */
public record IssuedToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret hidden]";
    }
}
