package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.account.ApiToken;
import org.casebridge.domain.model.account.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    /** The newest this many of a user's tokens are listed (an audit entry lists their ids). */
    static final int MAX_LISTED = 200;

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findByHash(String secretHash) {
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> ofUser(long userId) {
        return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class).setParameter("user", userId)
                .setMaxResults(MAX_LISTED).getResultList();
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public void recordUse(long tokenId, Instant at, String address) {
        // Native SQL, like the login bookkeeping: a JPQL bulk update would increment the version too.
        em.createNativeQuery("update api_token set last_used_at = cast(?1 as timestamp with time zone),"
                + " last_used_address = ?2 where id = ?3")
                .setParameter(1, at.atOffset(ZoneOffset.UTC))
                .setParameter(2, address)
                .setParameter(3, tokenId)
                .executeUpdate();
    }

    @Override
    public List<ApiToken> expiringBetween(Instant from, Instant to, int max) {
        return em.createQuery("select t from ApiToken t where t.revokedAt is null and t.expiresAt > :from"
                + " and t.expiresAt <= :to order by t.expiresAt, t.id", ApiToken.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }
}
