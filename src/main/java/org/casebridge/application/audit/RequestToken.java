package org.casebridge.application.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The personal API token that authenticated the current request, if one did. The audit trail adds its
 * id to every entry of the request ({@code token=ID} in the detail), since such a request writes no LOGIN.
 */
@RequestScoped
public class RequestToken {

    private Long tokenId;

    public void authenticatedBy(long id) {
        this.tokenId = id;
    }

    public Optional<Long> id() {
        return Optional.ofNullable(tokenId);
    }
}
