package org.casebridge.application.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.ClientOrigin;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.audit.RequestToken;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.ApiToken;
import org.casebridge.domain.model.account.ApiTokenLogin;
import org.casebridge.domain.model.account.ApiTokenRepository;
import org.casebridge.domain.model.account.ApiTokenSecret;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;

/**
 * Checks the bearer token of an API request: SHA-256 of the secret and one indexed lookup, then the
 * token's user as they are now (enabled, roles; an administrator's password reset revokes the tokens). No
 * LOGIN entry: the entries the request writes carry the token's id ({@link RequestToken}). A use from
 * a new client address is audited ({@code TOKEN_USE}); every failure is audited and counted per client
 * address ({@link TokenFailureLimiter}).
 */
@Stateless
@AuditedService
public class TokenLoginService implements ApiTokenLogin {

    private static final Logger LOG = Logger.getLogger(TokenLoginService.class.getName());
    /** How long a token's "last used" may lag behind when it is used again from the same address. */
    private static final Duration QUIET = Duration.ofMinutes(1);

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    TokenFailureLimiter limiter;

    @Inject
    RequestToken requestToken;

    @Inject
    Instance<ClientOrigin> origin;

    @Override
    @NotAudited("a token check audits its failures and a new client address; the actions it authenticates audit themselves")
    public Check check(String presentedSecret) {
        Instant now = Instant.now();
        String address = address();
        long wait = limiter.blockedFor(address, now);
        if (wait > 0) {
            return Check.rateLimited(wait);
        }
        if (presentedSecret == null || presentedSecret.length() > ApiTokenSecret.MAX_LENGTH) {
            return failed(address, now, null, null, "malformed token");
        }
        Optional<ApiToken> found = tokens.findByHash(ApiTokenSecret.presented(presentedSecret).hash());
        if (found.isEmpty()) {
            return failed(address, now, null, null, "unknown token");
        }
        ApiToken token = found.get();
        UserAccount account = accounts.find(token.getUserId()).orElse(null);
        if (account == null) {
            return failed(address, now, token, null, "unknown account");
        }
        String why = !token.isActiveAt(now) ? "token " + token.statusAt(now).name().toLowerCase(java.util.Locale.ROOT)
                : !account.isEnabled() ? "account disabled" : null;
        if (why != null) {
            return failed(address, now, token, account, why);
        }
        requestToken.authenticatedBy(token.getId());
        if (token.useIsWorthRecording(address, now, QUIET)) {
            boolean newAddress = token.isNewAddress(address);
            tokens.recordUse(token.getId(), now, address);
            if (newAddress) {
                audit.record(AuditEvent.of(AuditAction.TOKEN_USE, ApiTokenService.RECORD, token.getId(),
                        account.countryCode()).detail("new client address").by(Actor.of(account)));
            }
        }
        return Check.valid(account.getUsername().value(), account.roleNames(), token.getId(), token.isReadOnly());
    }

    @Override
    public void refuseChange(long tokenId, String method) {
        ApiToken token = tokens.find(tokenId).orElseThrow();
        UserAccount account = accounts.find(token.getUserId()).orElseThrow();
        requestToken.authenticatedBy(tokenId);
        audit.recordSeparately(AuditEvent.denied(ApiTokenService.RECORD, tokenId, account.countryCode(),
                "read-only token, method=" + (method.matches("[A-Z]{1,10}") ? method : "other")).by(Actor.of(account)));
    }

    private Check failed(String address, Instant now, ApiToken token, UserAccount account, String why) {
        boolean limitReached = limiter.failed(address, now);
        Actor actor = account == null ? Actor.ANONYMOUS : Actor.of(account);
        audit.record(AuditEvent.of(AuditAction.LOGIN_FAILED, ApiTokenService.RECORD, token == null ? null : token.getId(),
                account == null ? null : account.countryCode()).outcome(AuditOutcome.FAILED)
                .detail(limitReached ? why + ", address now rate limited" : why).by(actor));
        if (limitReached) {
            LOG.log(Level.WARNING, "Failed API token checks from one client address reached the limit; refused for a while");
        }
        return Check.INVALID;
    }

    private String address() {
        try {
            return origin.isResolvable() ? origin.get().address() : null;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
