package org.casebridge.application.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.casebridge.application.Access;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.dashboard.view.SavedSearchView;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.dashboard.SavedSearch;
import org.casebridge.domain.model.dashboard.SavedSearchRepository;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Saved case searches: a user of the case list (caseworker or supervisor) saves its filters under a name,
 * lists and deletes their own. Another user's saved search is not found (404, audited DENIED with its id and
 * its owner's country). The audit entries hold ids and filter names, never the name given or a filter's value.
 */
@Stateless
@AuditedService
public class SavedSearchService {

    public static final String RECORD = "saved_search";
    private static final Role[] ROLES = {Role.CASEWORKER, Role.SUPERVISOR};

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    SavedSearchRepository searches;

    @Inject
    UnitOfWork work;

    @Inject
    AccountRepository accounts;

    /** The caller's saved searches by name. */
    public List<SavedSearchView> mine() {
        UserAccount me = access.requireAnyRole(RECORD, ROLES);
        List<SavedSearch> list = searches.ofUser(me.getId());
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, list.stream().map(SavedSearch::getId).toList(), null));
        return list.stream().map(SavedSearchView::of).toList();
    }

    /**
     * Saves the case list's {@code filters} under {@code name} for the caller: a name they have not used yet
     * (letter case ignored), at most {@link SavedSearch#PER_USER_MAX} saved searches each.
     */
    public SavedSearchView save(String name, Map<String, String> filters) {
        UserAccount me = access.requireAnyRole(RECORD, ROLES);
        SavedSearch search = SavedSearch.of(me.getId(), name, filters);
        if (searches.nameTaken(me.getId(), search.getName())) {
            throw ValidationException.of("name", "error.dashboard.name");
        }
        if (searches.countOfUser(me.getId()) >= SavedSearch.PER_USER_MAX) {
            throw ValidationException.of("name", "You have " + SavedSearch.PER_USER_MAX
                    + " saved searches, the most there can be. Delete one first.");
        }
        searches.add(search);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, RECORD, search.getId(), me.countryCode())
                .detail("filters=" + String.join(",", search.filters().keySet())));
        return SavedSearchView.of(search);
    }

    /** Deletes one of the caller's saved searches. */
    public void delete(long id) {
        UserAccount me = access.requireAnyRole(RECORD, ROLES);
        SavedSearch search = own(me, id);
        searches.remove(search);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, RECORD, id, me.countryCode()).detail("deleted"));
    }

    /** One of the caller's saved searches, to open it. */
    public SavedSearchView read(long id) {
        UserAccount me = access.requireAnyRole(RECORD, ROLES);
        SavedSearch search = own(me, id);
        audit.record(AuditEvent.view(RECORD, id, me.countryCode()));
        return SavedSearchView.of(search);
    }

    private SavedSearch own(UserAccount me, long id) {
        SavedSearch search = searches.find(id).orElseThrow(() -> access.missing(RECORD, id));
        if (search.getUserId() != me.getId()) {
            String country = accounts.find(search.getUserId()).map(UserAccount::countryCode).orElse(null);
            throw access.notVisible(RECORD, id, country, "saved search of another user");
        }
        return search;
    }
}
