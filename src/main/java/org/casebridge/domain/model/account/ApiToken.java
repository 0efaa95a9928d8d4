package org.casebridge.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A personal API token: a secret a user gives an integration instead of their password, sent as
 * {@code Authorization: Bearer}. It acts with its user's rights at the time of each request; a read-only
 * token may only read. Only the SHA-256 of the secret is kept ({@link ApiTokenSecret}); the secret is
 * shown once, when the token is issued. A token expires (at most {@link #MAX_DAYS} days after issue) or is
 * revoked, never deleted.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t where t.secretHash = :hash")
@NamedQuery(name = ApiToken.OF_USER, query = "select t from ApiToken t where t.userId = :user order by t.id desc")
public class ApiToken extends TrackedEntity {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_USER = "ApiToken.ofUser";
    public static final int NAME_MAX = 100;
    public static final int MAX_DAYS = 90;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(name = "read_only", nullable = false, updatable = false)
    private boolean readOnly;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_used_address", length = 64)
    private String lastUsedAddress;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected ApiToken() {
    }

    private ApiToken(long userId, String name, String secretHash, boolean readOnly, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.secretHash = secretHash;
        this.readOnly = readOnly;
        this.expiresAt = expiresAt;
    }

    /**
     * A new token of user {@code userId} for {@code secret}, valid for {@code days} days (1 to 90) from
     * {@code now}. The name is one line of at most {@link #NAME_MAX} characters.
     */
    public static ApiToken issue(long userId, String name, Integer days, boolean readOnly, ApiTokenSecret secret,
            Instant now) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String n = Text.name(name, NAME_MAX, "name", "error.label.name", errors);
        errors.check(n != null, "name", "error.text.required", Message.of("error.label.name"), NAME_MAX);
        errors.check(days != null && days >= 1 && days <= MAX_DAYS, "days",
                "A token is valid for 1 to " + MAX_DAYS + " days.");
        errors.throwIfAny();
        return new ApiToken(userId, n, secret.hash(), readOnly, now.plus(Duration.ofDays(days)));
    }

    /** Whether the token may be used at {@code now}: not revoked and not expired. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** The token's state at {@code now}: active, expired or revoked. */
    public ApiTokenStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
    }

    /** Ends the token at once; revoking a revoked token changes nothing. Returns whether it was active. */
    public boolean revoke(String by, Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        revokedBy = by;
        return true;
    }

    /**
     * Whether a use from {@code address} at {@code at} is to be recorded: the first use, a use from another
     * address, or the first use after {@code quiet} (so that "last used" stays current without a write per request).
     */
    public boolean useIsWorthRecording(String address, Instant at, Duration quiet) {
        return lastUsedAt == null || !java.util.Objects.equals(address, lastUsedAddress)
                || !at.isBefore(lastUsedAt.plus(quiet));
    }

    /** Whether {@code address} differs from the one the token was last used from (a first use counts as new). */
    public boolean isNewAddress(String address) {
        return lastUsedAt == null || !java.util.Objects.equals(address, lastUsedAddress);
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public String getLastUsedAddress() {
        return lastUsedAddress;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
