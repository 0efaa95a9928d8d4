package org.casebridge.interfaces.account.rest;

import org.casebridge.application.account.IssuedToken;

/** A token just created: the listed fields and the secret, shown this once. */
public record IssuedTokenDto(TokenDto token, String secret) {

    public static IssuedTokenDto of(IssuedToken t) {
        return new IssuedTokenDto(TokenDto.of(t.token()), t.secret());
    }

    @Override
    public String toString() {
        return "IssuedTokenDto[" + token + ", secret hidden]";
    }
}
