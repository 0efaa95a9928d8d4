package org.casebridge.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.RequestToken;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.ApiToken;
import org.casebridge.domain.model.account.ApiTokenRepository;
import org.casebridge.domain.model.account.ApiTokenSecret;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.shared.UnitOfWork;

/**
 * Personal API tokens: every user creates, lists and revokes their own; an administrator lists and
 * revokes anyone's. Anyone else asking about a token that is not theirs is told it does not exist
 * (and the refusal is audited with the token's id and its user's country). Tokens are created in a
 * screen session or with the password, not with another token.
 */
@Stateless
@AuditedService
public class ApiTokenService {

    public static final String RECORD = "api_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Access access;

    @Inject
    Caller callers;

    @Inject
    AuditTrail audit;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    RequestToken requestToken;

    @Inject
    UnitOfWork work;

    /** The caller's own tokens, newest first. */
    public List<ApiTokenView> mine() {
        UserAccount me = access.requireAnyRole(RECORD, Role.values());
        return listed(me, "self");
    }

    /** Creates a token for the caller; the answer holds the secret, which is never shown again. */
    public IssuedToken create(String name, Integer days, boolean readOnly) {
        UserAccount me = access.requireAnyRole(RECORD, Role.values());
        if (requestToken.id().isPresent()) {
            throw access.forbidden(RECORD, null, me.countryCode(), "a token cannot create tokens");
        }
        Instant now = Instant.now();
        ApiTokenSecret secret = ApiTokenSecret.generate(RANDOM);
        ApiToken token = tokens.add(ApiToken.issue(me.getId(), name, days, readOnly, secret, now));
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, RECORD, token.getId(), me.countryCode())
                .detail("expires=" + token.getExpiresAt() + (readOnly ? " read-only" : "")));
        return new IssuedToken(ApiTokenView.of(token, me.getUsername().value(), now), secret.reveal());
    }

    /** Revokes one of the caller's own tokens (an administrator too: anyone else's is not found here). */
    public ApiTokenView revokeOwn(long id) {
        return revoke(id, false);
    }

    /** Revokes a token of the caller's, or any token for an administrator; it stops working at the next request. */
    public ApiTokenView revoke(long id) {
        return revoke(id, true);
    }

    private ApiTokenView revoke(long id, boolean adminMayRevokeAny) {
        UserAccount me = access.requireAnyRole(RECORD, Role.values());
        Optional<ApiToken> found = tokens.find(id);
        if (found.isEmpty()) {
            throw access.missing(RECORD, id);
        }
        ApiToken token = found.get();
        UserAccount owner = accounts.find(token.getUserId()).orElseThrow();
        if (token.getUserId() != me.getId() && !(adminMayRevokeAny && me.hasRole(Role.ADMIN))) {
            throw access.notVisible(RECORD, id, owner.countryCode(), "token of another user");
        }
        Instant now = Instant.now();
        boolean wasActive = token.revoke(me.getUsername().value(), now);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, RECORD, id, owner.countryCode())
                .detail(wasActive ? "revoked" : "already revoked"));
        return ApiTokenView.of(token, owner.getUsername().value(), now);
    }

    /** An administrator's view of the tokens of account {@code userId}. */
    public List<ApiTokenView> ofUser(long userId) {
        Optional<UserAccount> found = accounts.find(userId);
        String country = found.map(UserAccount::countryCode).orElse(null);
        UserAccount me = callers.account().orElse(null);
        if (me == null || !me.hasRole(Role.ADMIN)) {
            throw access.forbidden(AccountService.RECORD, userId, country, Role.ADMIN);
        }
        UserAccount account = found.orElseThrow(() -> access.missing(AccountService.RECORD, userId));
        return listed(account, "user=" + account.getId());
    }

    /** Days ahead in which a token counts as about to expire on the administrators' security screen. */
    public static final int EXPIRING_DAYS = 7;

    /**
     * The tokens of every user that expire within {@link #EXPIRING_DAYS} days, the soonest first
     * (administrators): an integration that will stop working unless someone makes it a new token.
     */
    public List<ApiTokenView> expiringSoon() {
        access.requireAnyRole(RECORD, Role.ADMIN);
        Instant now = Instant.now();
        List<ApiToken> list = tokens.expiringBetween(now, now.plus(java.time.Duration.ofDays(EXPIRING_DAYS)),
                AccountService.SECURITY_LIST_MAX);
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, list.stream().map(ApiToken::getId).toList(), "expiring"));
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        return list.stream().map(t -> ApiTokenView.of(t, names.computeIfAbsent(t.getUserId(),
                id -> accounts.find(id).map(a -> a.getUsername().value()).orElse("")), now)).toList();
    }

    private List<ApiTokenView> listed(UserAccount owner, String detail) {
        Instant now = Instant.now();
        List<ApiToken> list = tokens.ofUser(owner.getId());
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, list.stream().map(ApiToken::getId).toList(), detail));
        String username = owner.getUsername().value();
        return list.stream().map(t -> ApiTokenView.of(t, username, now)).toList();
    }
}
