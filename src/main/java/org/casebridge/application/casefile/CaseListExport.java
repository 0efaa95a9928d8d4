package org.casebridge.application.casefile;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.application.export.ListExport;
import org.casebridge.application.export.ListExports;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.casefile.CaseCursor;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseQueryText;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * The case list of one user as a background export reads it (issue 13): asked for by the caller with the
 * list's own access check, then counted and read a keyset page at a time in the owner's scope as it is
 * when the job runs (an owner disabled or no longer seeing cases meanwhile gets no file). The rows and their
 * ids are audited by the export's finish step, as every export's are.
 */
@Stateless
@LocalBean
public class CaseListExport implements ListExport<CaseRow, CaseCursor> {

    @Inject
    CaseAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    CaseRepository cases;

    @Override
    public String name() {
        return ListSelection.CASES;
    }

    @Override
    public String recordType() {
        return CaseAccess.CASE;
    }

    /**
     * The query the caller's export of their case list holds: the caller must see the case list (a
     * caseworker or supervisor, otherwise audited DENIED and 403); {@code mine} narrows it to their cases.
     */
    public CaseQuery asked(CaseQuery query, boolean mine) {
        UserAccount user = access.caseUser();
        if (mine && query.assignedToId() != null) {
            throw ValidationException.of("mine", "error.case.mine");
        }
        return mine ? query.assignedTo(user.getId()) : query;
    }

    @Override
    public String asked(String query) {
        return CaseQueryText.encode(asked(CaseQueryText.decode(query), false));
    }

    @Override
    public long count(long ownerId, String query) {
        return cases.count(access.scope(owner(ownerId)), CaseQueryText.decode(query));
    }

    @Override
    public Page<CaseRow, CaseCursor> page(long ownerId, String query, CaseCursor after) {
        CaseQuery q = CaseQueryText.decode(query);
        List<CaseFile> items = cases.search(access.scope(owner(ownerId)), q, after, 0, PAGE);
        LocalDate today = LocalDate.now();
        CaseCursor next = items.size() < PAGE ? null : CaseCursor.after(items.get(items.size() - 1), q.sortOrDefault());
        return new Page<>(items.stream().map(c -> CaseRow.of(c, today)).toList(), next);
    }

    private UserAccount owner(long ownerId) {
        return ListExports.owner(accounts, ownerId, Role.CASEWORKER, Role.SUPERVISOR);
    }
}
