package org.casebridge.application.account;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.casebridge.application.Access;
import org.casebridge.application.export.ListExport;
import org.casebridge.application.export.ListExports;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.UserQueryText;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.DomainException;

/**
 * The user list of one administrator (every account) or supervisor (their country's) as a background export reads it
 * (issue 13): asked for with the list's own access check, then counted and read a page of {@link #PAGE} at a time,
 * by username (a keyset), in the owner's scope as it is when the job runs (an owner no longer an administrator or
 * supervisor, or a supervisor without a country, gets no file).
 */
@Stateless
@LocalBean
public class UserListExport implements ListExport<UserAccount, String> {

    @Inject
    Access access;

    @Inject
    AccountRepository accounts;

    @Override
    public String name() {
        return ListSelection.USERS;
    }

    @Override
    public String recordType() {
        return AccountService.RECORD;
    }

    @Override
    public String asked(String query) {
        UserAccount user = access.requireAnyRole(AccountService.RECORD, Role.ADMIN, Role.SUPERVISOR);
        if (!user.hasRole(Role.ADMIN) && user.countryCode() == null) {
            throw access.forbidden(AccountService.RECORD, null, null, "supervisor without a country");
        }
        return UserQueryText.encode(UserQueryText.decode(query));
    }

    @Override
    public long count(long ownerId, String query) {
        return accounts.count(UserQueryText.decode(query), scope(ownerId));
    }

    @Override
    public Page<UserAccount, String> page(long ownerId, String query, String after) {
        List<UserAccount> items = accounts.pageAfter(UserQueryText.decode(query), scope(ownerId), after, PAGE);
        String next = items.size() < PAGE ? null : items.get(items.size() - 1).getUsername().value();
        return new Page<>(items, next);
    }

    private CountryCode scope(long ownerId) {
        UserAccount owner = ListExports.owner(accounts, ownerId, Role.ADMIN, Role.SUPERVISOR);
        if (!owner.hasRole(Role.ADMIN) && owner.countryCode() == null) {
            throw new DomainException("error.export.listOwner");
        }
        return AccountService.listScope(owner);
    }
}
