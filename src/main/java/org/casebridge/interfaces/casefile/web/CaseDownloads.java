package org.casebridge.interfaces.casefile.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.application.casefile.view.CaseSummary;
import org.casebridge.application.export.ExportService;
import org.casebridge.application.export.Exports;
import org.casebridge.interfaces.shared.export.Background;
import org.casebridge.interfaces.shared.export.CaseSummaryPdf;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.ScreenDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The case screens' downloads: the case list as shown (filters last applied, sort) as Excel, and the
 * case's summary as PDF. Both go through the services that check access, refuse a list over the limit
 * and audit the download; a refusal is shown on the page and nothing is sent.
 */
@Named
@RequestScoped
public class CaseDownloads {

    @Inject
    CaseQueryService cases;

    @Inject
    CaseList list;

    @Inject
    CaseDetailsView details;

    @Inject
    Exports exports;

    @Inject
    Messages messages;

    @Inject
    ExportService exportService;

    public void listXlsx() throws IOException {
        @SuppressWarnings("unchecked")
        List<CaseRow>[] rows = new List[1];
        if (messages.attempt(() -> rows[0] = Background.offeredWhenTooLong(() -> cases.export(list.shownQuery(), false),
                list::offerBackground), Map.of())) {
            ScreenDownload.send(Spreadsheet.fileName("cases"), Spreadsheet.MEDIA_TYPE,
                    out -> Spreadsheet.write(Labels.text("cases.title"), ListColumns.cases(), rows[0], out));
        }
    }

    /**
     * The list as shown (filters last applied, sort) as a background export, offered when its download was
     * refused for its length: asked for, then the exports screen, where it runs with its progress bar.
     */
    public String listJob() {
        return Background.ask(messages, () -> exportService.submitCaseList(list.shownQuery(), false));
    }

    public void summaryPdf() throws IOException {
        Long id = details.getId();
        CaseSummary[] summary = new CaseSummary[1];
        if (id != null && messages.attempt(() -> summary[0] = cases.summary(id), Map.of())) {
            ScreenDownload.send(CaseSummaryPdf.fileName(summary[0]), CaseSummaryPdf.MEDIA_TYPE,
                    out -> CaseSummaryPdf.write(summary[0], out));
        }
    }

    /** The most rows a list's download holds, for the button's hint. */
    public int getMaxRows() {
        return exports.maxRows();
    }
}
