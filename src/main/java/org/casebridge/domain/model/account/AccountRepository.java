package org.casebridge.domain.model.account;

import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.agency.CountryCode;

/** User accounts. */
public interface AccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(Username username);

    /** The account locked for update, so that concurrent logins count failures exactly. */
    Optional<UserAccount> findByUsernameForUpdate(Username username);

    /**
     * One page of accounts, by username, whose username, name or agency contains {@code filter}
     * (ignoring case), limited to the agencies of {@code country} when it is not null.
     */
    List<UserAccount> page(String filter, CountryCode country, int first, int size);

    long count(String filter, CountryCode country);

    long countWithRole(Role role);

    UserAccount add(UserAccount account);
}
