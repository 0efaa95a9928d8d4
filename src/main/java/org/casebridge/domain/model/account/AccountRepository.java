package org.casebridge.domain.model.account;

import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.agency.CountryCode;

/** User accounts. */
public interface AccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(Username username);

    /**
     * The account for a login attempt: its row locked until the transaction ends (so concurrent
     * logins count failures exactly) and detached, so that login bookkeeping is saved only through
     * {@link #saveLoginState} and never changes the account's version (an admin editing the
     * account at the same time is not told it changed).
     */
    Optional<UserAccount> findForLogin(Username username);

    /** Saves failed attempts, lock, last login, last accepted code step and (re-hashed) password hash of a login attempt. */
    void saveLoginState(UserAccount account);

    /** Marks the unused recovery code {@code codeHash} of account {@code userId} used; false when it was used already. */
    boolean spendRecoveryCode(long userId, String codeHash, java.time.Instant at);

    /**
     * One page of accounts, by username, whose username, name or agency contains {@code filter}
     * (ignoring case), limited to the agencies of {@code country} when it is not null.
     */
    List<UserAccount> page(String filter, CountryCode country, int first, int size);

    long count(String filter, CountryCode country);

    /** As {@link #page}, the accounts after the username {@code after} (from the first when null): a keyset page. */
    List<UserAccount> pageAfter(String filter, CountryCode country, String after, int size);

    long countWithRole(Role role);

    UserAccount add(UserAccount account);

    /** The enabled accounts of agency {@code agencyId} holding {@code role} (who a message to an agency reaches). */
    List<UserAccount> enabledWithRoleInAgency(Role role, long agencyId);

    /** The enabled accounts of the agencies of country {@code countryCode} holding {@code role} (a country's supervisors, say). */
    List<UserAccount> enabledWithRoleInCountry(Role role, String countryCode);

    /** The accounts locked at {@code now}, the latest lock first, at most {@code max}. */
    List<UserAccount> lockedAt(java.time.Instant now, int max);

    /** The enabled accounts without a second factor, by username, at most {@code max}. */
    List<UserAccount> enabledWithoutSecondFactor(int max);
}
