package org.casebridge.interfaces.shared.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.casebridge.application.casefile.CaseListExport;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.application.export.ExportDefinition;
import org.casebridge.application.export.ExportSource;
import org.casebridge.application.export.ExportWriter;
import org.casebridge.domain.model.casefile.CaseCursor;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseQueryText;
import org.casebridge.domain.model.export.ExportFilters;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportKind;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Languages;

/**
 * A list as XLSX in the background (issue 13): the file the list's download makes ({@link Spreadsheet},
 * {@link ListColumns}: the same columns, cells made safe the same way), written from the owner's list read
 * a keyset page at a time ({@link CaseListExport}), for a list longer than a download holds. There is no request
 * to ask, so its headers, code labels and sheet name are in the owner's saved language and its times in their
 * saved time zone ({@link Labels#in}).
 */
@ApplicationScoped
public class ListXlsxExport implements ExportDefinition<CaseRow> {

    @Inject
    CaseListExport caseLists;

    @Override
    public ExportKind kind() {
        return ExportKind.LIST_XLSX;
    }

    @Override
    public long count(ExportFilters filters) {
        ListSelection list = cases(filters);
        return caseLists.count(list.ownerId(), CaseQueryText.decode(list.query()));
    }

    @Override
    public ExportSource<CaseRow> source(ExportFilters filters) {
        ListSelection list = cases(filters);
        CaseQuery query = CaseQueryText.decode(list.query());
        return sink -> {
            CaseCursor after = null;
            do {
                CaseListExport.Page page = caseLists.page(list.ownerId(), query, after);
                page.rows().forEach(sink);
                after = page.next();
            } while (after != null);
        };
    }

    @Override
    public ExportWriter<CaseRow> writer(ExportFormat format, ExportFilters filters) {
        ListSelection list = cases(filters);
        return (source, out, progress) -> {
            CaseListExport.Preferences owner = caseLists.preferences(list.ownerId());
            ZoneId zone = owner.timeZone() != null && Languages.isTimeZone(owner.timeZone()) ? ZoneId.of(owner.timeZone())
                    : ZoneOffset.UTC;
            Labels.in(Languages.locale(owner.language()), zone, () -> Spreadsheet.write(Labels.text("cases.title"),
                    ListColumns.cases(), source, row -> progress.row(row.id(), null), out));
        };
    }

    private static ListSelection cases(ExportFilters filters) {
        if (filters.list() == null || !ListSelection.CASES.equals(filters.list().name())) {
            throw new DomainException("error.export.list", String.join(", ", ListSelection.LISTS));
        }
        return filters.list();
    }
}
