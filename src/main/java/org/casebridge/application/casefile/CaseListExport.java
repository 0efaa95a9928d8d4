package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.casefile.CaseCursor;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.shared.DomainException;

/**
 * The case list of one user as a background export reads it (issue 13): asked for by the caller with the
 * list's own access check, then counted and read a keyset page at a time in the owner's scope as it is
 * when the job runs (an owner disabled or no longer seeing cases meanwhile gets no file). Each page is a
 * transaction of its own, so no more than a page of cases is ever in memory. The rows and their ids are
 * audited by the export's finish step, as every export's are.
 */
@Stateless
public class CaseListExport {

    /** Cases read at a time. */
    public static final int PAGE = 500;

    @Inject
    CaseAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    CaseRepository cases;

    /**
     * The query the caller's export of their case list holds: the caller must see the case list (a
     * caseworker or supervisor, otherwise audited DENIED and 403); {@code mine} narrows it to their cases.
     */
    public CaseQuery asked(CaseQuery query, boolean mine) {
        UserAccount user = access.caseUser();
        if (mine && query.assignedToId() != null) {
            throw org.casebridge.domain.model.shared.ValidationException.of("mine", "error.case.mine");
        }
        return mine ? query.assignedTo(user.getId()) : query;
    }

    /** How many cases the owner's list holds now. */
    public long count(long ownerId, CaseQuery query) {
        return cases.count(access.scope(owner(ownerId)), query);
    }

    /** The rows of the owner's list after {@code after} (from the start when null): at most {@link #PAGE}. */
    public Page page(long ownerId, CaseQuery query, CaseCursor after) {
        List<CaseFile> items = cases.search(access.scope(owner(ownerId)), query, after, 0, PAGE);
        LocalDate today = LocalDate.now();
        CaseCursor next = items.size() < PAGE ? null : CaseCursor.after(items.get(items.size() - 1), query.sortOrDefault());
        return new Page(items.stream().map(c -> CaseRow.of(c, today)).toList(), next);
    }

    /**
     * The owner's saved language and time zone (tags as stored; null when none saved): the file is written in
     * them, since no request of theirs is there to ask when the job runs.
     */
    public Preferences preferences(long ownerId) {
        UserAccount user = owner(ownerId);
        return new Preferences(user.getLanguage(), user.getTimeZone());
    }

    /** A language tag and a time zone id, as saved on the account. */
    public record Preferences(String language, String timeZone) {
    }

    /** A page of rows and where the next one starts (null after the last). */
    public record Page(List<CaseRow> rows, CaseCursor next) {
    }

    private UserAccount owner(long ownerId) {
        UserAccount user = accounts.find(ownerId).orElseThrow(() -> new DomainException("error.export.listOwner"));
        if (!user.isEnabled() || !(user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))) {
            throw new DomainException("error.export.listOwner");
        }
        return user;
    }
}
