package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.casefile.view.CasePage;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.casefile.view.CaseSummary;
import org.casebridge.application.casefile.view.HistoryEntry;
import org.casebridge.application.casefile.view.UserRef;
import org.casebridge.application.cooperation.CooperationAccess;
import org.casebridge.application.export.Exports;
import org.casebridge.application.referral.ReferralAccess;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.casefile.CaseCursor;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseNote;
import org.casebridge.domain.model.casefile.Perpetrator;
import org.casebridge.domain.model.casefile.SupportPlan;
import org.casebridge.domain.model.casefile.TraffickingEvent;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.document.DocumentRepository;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.Consent;
import org.casebridge.domain.model.victim.Victim;

/**
 * Reading cases, for screens and REST alike (the case context's read facade): the case list within
 * the caller's scope, one case in full with what the caller may do with it, its change history and
 * the caseworkers who could work on it. Every read is audited with the ids shown.
 */
@Stateless
@AuditedService
public class CaseQueryService {

    /** Entries at most shown as a case's history. */
    public static final int HISTORY_MAX = 200;
    /** Audit entries at most read for a history (reads are folded, so fewer lines are shown). */
    private static final int HISTORY_ENTRIES_MAX = 2000;
    private static final String CASE = CaseAccess.CASE;
    /** Separates the cursor from the list's total in a page token; cursor tokens are Base64url, which has no '.'. */
    private static final char TOTAL_MARK = '.';

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    CaseRepository cases;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog auditLog;

    @Inject
    Exports exports;

    @Inject
    DocumentRepository documents;

    /** The record type of documents in the audit trail (written by the document service). */
    private static final String DOCUMENT = "case_document";

    /** A page of the cases the caller may see, with the total and a token to continue after it. */
    public CasePage list(CaseQuery query, String afterToken, int first, int size) {
        return page(access.caseUser(), query, afterToken, first, size);
    }

    /** The countries whose cases the caller may see: what a case list's country filter offers. */
    @NotAudited("reference data: the caller's own country, no case")
    public List<Country> countries() {
        return access.countriesOf(access.caseUser());
    }

    /** "My cases": the cases assigned to the caller, with the same filters, scope and paging as {@link #list}. */
    public CasePage listMine(CaseQuery query, String afterToken, int first, int size) {
        UserAccount user = access.caseUser();
        return page(user, query.assignedTo(user.getId()), afterToken, first, size);
    }

    /**
     * The list is counted once, for a page asked without a token; the token carries that total to the
     * following pages, so walking a long list does not count it again on every page
     * (docs/performance.md: the count is most of a page's cost at 1,000,000 cases).
     */
    private CasePage page(UserAccount user, CaseQuery query, String afterToken, int first, int size) {
        CaseScope scope = access.scope(user);
        int totalMark = afterToken == null ? -1 : afterToken.lastIndexOf(TOTAL_MARK);
        CaseCursor after = afterToken == null || afterToken.isBlank() ? null
                : CaseCursor.parse(totalMark < 0 ? afterToken : afterToken.substring(0, totalMark));
        if (after != null && after.sort() != query.sortOrDefault()) {
            throw ValidationException.of("after", "error.case.after");
        }
        List<CaseFile> items = cases.search(scope, query, after, first, size);
        long total = after != null && totalMark >= 0 ? carriedTotal(afterToken.substring(totalMark + 1))
                : cases.count(scope, query);
        String next = items.size() == size
                ? CaseCursor.after(items.get(items.size() - 1), query.sortOrDefault()).token() + TOTAL_MARK + total : null;
        audit.record(AuditEvent.list(query.quickSearch() == null || query.quickSearch().isBlank() ? AuditAction.LIST
                : AuditAction.SEARCH, CASE, items.stream().map(CaseFile::getId).toList(), null));
        LocalDate today = LocalDate.now();
        return new CasePage(items.stream().map(c -> CaseRow.of(c, today)).toList(), total, next);
    }

    private static long carriedTotal(String text) {
        try {
            long total = Long.parseLong(text);
            if (total >= 0) {
                return total;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other damaged token
        }
        throw ValidationException.of("after", "error.case.after2");
    }

    /**
     * The whole list as a download (the screen's or the API's filters and sort, the caller's scope, the
     * rows of the table): refused when it holds more than {@code casebridge.download.max-rows} rows, and
     * put on the trail as an EXPORT with the ids of every row. {@code mine} narrows it to the caller's cases.
     */
    public List<CaseRow> export(CaseQuery query, boolean mine) {
        UserAccount user = access.caseUser();
        CaseQuery q = mine ? query.assignedTo(user.getId()) : query;
        List<CaseFile> items = exports.withinLimit(cases.search(access.scope(user), q, null, 0, exports.rowsToRead()));
        exports.record(CASE, items.stream().map(CaseFile::getId).toList(), "xlsx",
                q.quickSearch() == null || q.quickSearch().isBlank() ? null : "search");
        LocalDate today = LocalDate.now();
        return items.stream().map(c -> CaseRow.of(c, today)).toList();
    }

    /**
     * The case as a summary for a handover or a court (the PDF): the case in full as the caller may read
     * it, with who prepared it and when; the same access as reading the case, put on the trail as an
     * EXPORT of the case.
     */
    public CaseSummary summary(long id) {
        CaseGrant grant = access.caseFor(id, CaseAction.READ);
        audit.record(AuditEvent.of(AuditAction.EXPORT, CASE, id, grant.country()).detail("pdf summary"));
        return new CaseSummary(CaseSheet.of(grant.caseFile(), grant.rights(), LocalDate.now()),
                grant.user().getDisplayName(), grant.user().getUsername().value(), java.time.Instant.now());
    }

    /** The case in full, with what the caller may do with it (which actions to offer; every action checks again). */
    public CaseSheet read(long id) {
        CaseGrant grant = access.caseFor(id, CaseAction.READ);
        audit.record(AuditEvent.view(CASE, id, grant.country()));
        return CaseSheet.of(grant.caseFile(), grant.rights(), LocalDate.now());
    }

    /**
     * The case's history, newest first: every change to the case and to what belongs to it (notes,
     * events, support plans, perpetrators, its victims and their consents, team, assignment, closure, the
     * referrals and cooperation requests made from it), field names never values, and its reads and its
     * victims' full-record reads folded into "viewed N times by ..." lines. For whoever may read the case.
     */
    public List<HistoryEntry> history(long id) {
        CaseGrant grant = access.caseFor(id, CaseAction.READ);
        CaseFile c = grant.caseFile();
        Map<String, Set<String>> viewed = new HashMap<>();
        viewed.put(CASE, Set.of(Long.toString(id)));
        viewed.put(CaseAccess.VICTIM, ids(c.getVictims().stream().map(Victim::getId)));
        Map<String, Set<String>> changed = new HashMap<>();
        changed.put("case_note", ids(c.getNotes().stream().map(CaseNote::getId)));
        changed.put("case_event", ids(c.getAllEvents().stream().map(TraffickingEvent::getId)));
        changed.put("support_plan", ids(c.getAllSupportPlans().stream().map(SupportPlan::getId)));
        changed.put("perpetrator", ids(c.getAllPerpetrators().stream().map(Perpetrator::getId)));
        // the case's and its victims' documents: attached, voided, and each download (folded like reads)
        viewed.put(DOCUMENT, ids(documents.idsOf(id, c.getVictims().stream().map(Victim::getId).toList()).stream()));
        changed.put(CaseAccess.CONSENT, ids(c.getVictims().stream().flatMap(v -> v.getConsents().stream())
                .map(Consent::getId)));
        List<AuditEntry> entries = auditLog.historyOf(viewed, changed, Set.of(ReferralAccess.REFERRAL,
                CooperationAccess.REQUEST), "case=" + id, HISTORY_ENTRIES_MAX);
        audit.record(AuditEvent.list(AuditAction.LIST, "audit", entries.stream().map(AuditEntry::getSequence).toList(),
                "history record=" + CASE + ":" + id + " country=" + grant.country()));
        List<HistoryEntry> lines = HistoryEntry.folded(entries);
        return lines.size() > HISTORY_MAX ? lines.subList(0, HISTORY_MAX) : lines;
    }

    private static Set<String> ids(Stream<Long> ids) {
        return ids.filter(Objects::nonNull).map(String::valueOf).collect(Collectors.toSet());
    }

    /** Active caseworkers of the case's country, for whoever may change who works on it. */
    public List<UserRef> caseworkersFor(long id) {
        CaseGrant grant = access.caseFor(id, CaseAction.MANAGE_TEAM);
        List<UserAccount> result = new ArrayList<>();
        for (UserAccount a : accounts.page(null, grant.caseFile().getCountryCode(), 0, 500)) {
            if (a.isEnabled() && a.hasRole(Role.CASEWORKER)) {
                result.add(a);
            }
        }
        audit.record(AuditEvent.list(AuditAction.LIST, "user_account", result.stream().map(UserAccount::getId).toList(),
                "caseworkers of case " + id));
        return result.stream().map(UserRef::of).toList();
    }
}
