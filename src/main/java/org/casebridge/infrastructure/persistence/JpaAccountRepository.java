package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.CountryCode;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final String FROM = " from UserAccount u join u.agency a left join a.country c where 1 = 1";

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findForLogin(Username username) {
        Optional<UserAccount> account = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        account.ifPresent(a -> {
            a.getAgency().getCountry();
            // the recovery codes are lazy: read them before the account is detached (a login may spend one)
            a.unusedRecoveryCodes();
            em.detach(a);
        });
        return account;
    }

    @Override
    public void saveLoginState(UserAccount a) {
        // Native SQL: EclipseLink's JPQL bulk update would increment the version column too.
        // The casts: EclipseLink binds a null as VARCHAR, which PostgreSQL refuses for a timestamp column.
        em.createNativeQuery("update user_account set failed_attempts = ?1,"
                + " locked_until = cast(?2 as timestamp with time zone), last_login_at = cast(?3 as timestamp with time zone),"
                + " password_hash = ?4, totp_last_step = cast(?6 as bigint) where id = ?5")
                .setParameter(1, a.getFailedAttempts())
                .setParameter(2, utc(a.getLockedUntil()))
                .setParameter(3, utc(a.getLastLoginAt()))
                .setParameter(4, a.getPasswordHash())
                .setParameter(5, a.getId())
                .setParameter(6, a.getLastAcceptedStep())
                .executeUpdate();
    }

    @Override
    public boolean spendRecoveryCode(long userId, String codeHash, java.time.Instant at) {
        return em.createNativeQuery("update user_recovery_code set used_at = cast(?1 as timestamp with time zone)"
                + " where user_id = ?2 and code_hash = ?3 and used_at is null")
                .setParameter(1, utc(at))
                .setParameter(2, userId)
                .setParameter(3, codeHash)
                .executeUpdate() == 1;
    }

    private static java.time.OffsetDateTime utc(java.time.Instant at) {
        return at == null ? null : at.atOffset(java.time.ZoneOffset.UTC);
    }

    @Override
    public List<UserAccount> page(String filter, CountryCode country, int first, int size) {
        TypedQuery<UserAccount> q = em.createQuery("select u" + where(filter, country) + " order by u.username",
                UserAccount.class);
        bind(q, filter, country);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public List<UserAccount> pageAfter(String filter, CountryCode country, String after, int size) {
        TypedQuery<UserAccount> q = em.createQuery("select u" + where(filter, country)
                + (after == null ? "" : " and u.username > :after") + " order by u.username", UserAccount.class);
        bind(q, filter, country);
        if (after != null) {
            q.setParameter("after", after);
        }
        return q.setMaxResults(size).getResultList();
    }

    @Override
    public long count(String filter, CountryCode country) {
        TypedQuery<Long> q = em.createQuery("select count(u)" + where(filter, country), Long.class);
        bind(q, filter, country);
        return q.getSingleResult();
    }

    private static String where(String filter, CountryCode country) {
        StringBuilder jpql = new StringBuilder(FROM);
        if (filter != null && !filter.isBlank()) {
            jpql.append(" and (lower(u.username) like :filter or lower(u.displayName) like :filter"
                    + " or lower(a.name) like :filter)");
        }
        if (country != null) {
            jpql.append(" and c.code = :country");
        }
        return jpql.toString();
    }

    private static void bind(TypedQuery<?> q, String filter, CountryCode country) {
        if (filter != null && !filter.isBlank()) {
            q.setParameter("filter", "%" + filter.trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (country != null) {
            q.setParameter("country", country.value());
        }
    }

    @Override
    public long countWithRole(Role role) {
        return em.createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }

    @Override
    public List<UserAccount> enabledWithRoleInAgency(Role role, long agencyId) {
        return em.createQuery("select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = SQL('TRUE')"
                + " and u.agency.id = :agency order by u.id", UserAccount.class)
                .setParameter("role", role).setParameter("agency", agencyId).getResultList();
    }

    @Override
    public List<UserAccount> enabledWithRoleInCountry(Role role, String countryCode) {
        return em.createQuery("select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = SQL('TRUE')"
                + " and u.agency.country.code = :country order by u.id", UserAccount.class)
                .setParameter("role", role).setParameter("country", countryCode).getResultList();
    }

    @Override
    public List<UserAccount> lockedAt(java.time.Instant now, int max) {
        return em.createQuery("select u from UserAccount u where u.lockedUntil > :now order by u.lockedUntil desc, u.id",
                UserAccount.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public List<UserAccount> enabledWithoutSecondFactor(int max) {
        return em.createQuery("select u from UserAccount u where u.enabled = SQL('TRUE') and u.totpSecret is null"
                + " order by u.username", UserAccount.class).setMaxResults(max).getResultList();
    }
}
