package org.casebridge.interfaces.shared.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToLongFunction;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.application.cooperation.view.RequestRow;
import org.casebridge.application.export.ExportDefinition;
import org.casebridge.application.export.ExportProgress;
import org.casebridge.application.export.ExportSource;
import org.casebridge.application.export.ExportWriter;
import org.casebridge.application.export.ListExport;
import org.casebridge.application.export.ListExports;
import org.casebridge.application.referral.ReferralListExport;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.export.ExportFilters;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportKind;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.interfaces.shared.export.Spreadsheet.Column;

/**
 * A list as XLSX in the background (issue 13): the file the list's download makes ({@link Spreadsheet},
 * {@link ListColumns}: the same columns, cells made safe the same way), written from the owner's list read
 * a keyset page at a time (the list's {@link ListExport}), for a list longer than a download holds. Each list is a
 * {@link Sheet} here (its title, its columns, its rows' ids), the rest is the same for every list. There is no
 * request to ask, so its headers, code labels and sheet name are in the owner's saved language and its times in their
 * saved time zone ({@link Labels#in}).
 */
@ApplicationScoped
public class ListXlsxExport implements ExportDefinition<Object> {

    @Inject
    ListExports lists;

    @Inject
    ReferralListExport referrals;

    @Override
    public ExportKind kind() {
        return ExportKind.LIST_XLSX;
    }

    @Override
    public long count(ExportFilters filters) {
        ListSelection list = selection(filters);
        return lists.of(list.name()).count(list.ownerId(), list.query());
    }

    @Override
    public ExportSource<Object> source(ExportFilters filters) {
        ListSelection list = selection(filters);
        return pages(lists.of(list.name()), list);
    }

    @Override
    public String recordType(ExportFilters filters) {
        return lists.of(selection(filters).name()).recordType();
    }

    @Override
    public ExportWriter<Object> writer(ExportFormat format, ExportFilters filters) {
        ListSelection list = selection(filters);
        return (source, out, progress) -> {
            ListExports.Preferences owner = lists.preferences(list.ownerId());
            ZoneId zone = owner.timeZone() != null && Languages.isTimeZone(owner.timeZone()) ? ZoneId.of(owner.timeZone())
                    : ZoneOffset.UTC;
            // the sheet inside: its headers are looked up as its columns are made
            Labels.in(Languages.locale(owner.language()), zone, () -> sheet(list).write(source, progress, out));
        };
    }

    /** The list's title, columns and rows' ids, as its download has them; a partner's inbox has the partner's columns. */
    private Sheet<?> sheet(ListSelection list) {
        return switch (list.name()) {
            case ListSelection.CASES -> new Sheet<>("cases.title", ListColumns.cases(), CaseRow::id);
            case ListSelection.REFERRALS -> referrals.inbox(list.ownerId())
                    ? new Sheet<>("referrals.title", ListColumns.partnerReferrals(), PartnerReferralRow::id)
                    : new Sheet<>("referrals.title", ListColumns.referrals(), ReferralRow::id);
            case ListSelection.COOPERATION_REQUESTS -> new Sheet<>("cooperation.list.title", ListColumns.requests(), RequestRow::id);
            case ListSelection.AUDIT_LOG -> new Sheet<>("audit.log.title", ListColumns.auditEntries(), AuditEntry::getSequence);
            case ListSelection.USERS -> new Sheet<>("users.title", ListColumns.users(), UserAccount::getId);
            default -> throw unknown();
        };
    }

    /** Every page of the owner's list, each read in a transaction of its own. */
    private static <R, C> ExportSource<Object> pages(ListExport<R, C> list, ListSelection selection) {
        return sink -> {
            C after = null;
            do {
                ListExport.Page<R, C> page = list.page(selection.ownerId(), selection.query(), after);
                page.rows().forEach(sink);
                after = page.next();
            } while (after != null);
        };
    }

    private static ListSelection selection(ExportFilters filters) {
        if (filters.list() == null) {
            throw unknown();
        }
        return filters.list();
    }

    private static DomainException unknown() {
        return new DomainException("error.export.list", String.join(", ", ListSelection.LISTS));
    }

    /** One list's sheet: its title's key, its columns, and the record id each row comes from (reported as written). */
    private record Sheet<R>(String titleKey, List<Column<R>> columns, ToLongFunction<R> id) {

        @SuppressWarnings("unchecked")
        void write(ExportSource<Object> source, ExportProgress progress, OutputStream out) throws IOException {
            ExportSource<R> rows = sink -> source.forEach(row -> sink.accept((R) row));
            Spreadsheet.write(Labels.text(titleKey), columns, rows, row -> progress.row(id.applyAsLong(row), null), out);
        }
    }
}
