package org.casebridge.application.cooperation;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.casebridge.application.cooperation.view.RequestRow;
import org.casebridge.application.export.ListExport;
import org.casebridge.application.export.ListExports;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.RequestQueryText;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.DomainException;

/**
 * The cooperation request list of one focal point or supervisor as a background export reads it (issue 13): asked
 * for with the list's own access check, then counted and read a page of {@link #PAGE} at a time, newest first by id,
 * in the owner's country's scope as it is when the job runs (an owner without a country meanwhile gets no file).
 */
@Stateless
@LocalBean
public class CooperationListExport implements ListExport<RequestRow, Long> {

    @Inject
    CooperationAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    CooperationRepository requests;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return ListSelection.COOPERATION_REQUESTS;
    }

    @Override
    public String recordType() {
        return CooperationAccess.REQUEST;
    }

    @Override
    public String asked(String query) {
        access.cooperationUser();
        return RequestQueryText.encode(CooperationQueryService.listed(RequestQueryText.decode(query)));
    }

    @Override
    public long count(long ownerId, String query) {
        return requests.count(access.scope(owner(ownerId)), RequestQueryText.decode(query), clock.instant());
    }

    @Override
    public Page<RequestRow, Long> page(long ownerId, String query, Long after) {
        UserAccount owner = owner(ownerId);
        Instant now = clock.instant();
        List<CooperationRequest> items = requests.search(access.scope(owner), RequestQueryText.decode(query), after, PAGE, now);
        Long next = items.size() < PAGE ? null : items.get(items.size() - 1).getId();
        return new Page<>(items.stream().map(r -> RequestRow.of(r, owner.countryCode(), now)).toList(), next);
    }

    private UserAccount owner(long ownerId) {
        UserAccount user = ListExports.owner(accounts, ownerId, CooperationAccess.ROLES);
        if (user.countryCode() == null) {
            throw new DomainException("error.export.listOwner");
        }
        return user;
    }
}
