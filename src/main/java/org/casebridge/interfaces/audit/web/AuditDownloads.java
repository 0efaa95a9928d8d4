package org.casebridge.interfaces.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casebridge.application.audit.AuditService;
import org.casebridge.application.export.ExportService;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.audit.AuditLogQuery;
import org.casebridge.domain.model.audit.AuditQueryText;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.interfaces.shared.export.Background;
import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.ScreenDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The audit log with the filter last applied, as Excel, through the service that checks, limits and audits it; a log
 * too long for it is offered as a background export instead.
 */
@Named
@RequestScoped
public class AuditDownloads {

    @Inject
    AuditService audit;

    @Inject
    AuditLogView view;

    @Inject
    Messages messages;

    @Inject
    ExportService exports;

    public void logXlsx() throws IOException {
        @SuppressWarnings("unchecked")
        List<AuditEntry>[] rows = new List[1];
        if (messages.attempt(() -> rows[0] = Background.offeredWhenTooLong(
                () -> audit.exportRows(view.appliedFilter(), view.appliedHide()), view::offerBackground), Map.of())) {
            ScreenDownload.send(Spreadsheet.fileName("audit-log"), Spreadsheet.MEDIA_TYPE,
                    out -> Spreadsheet.write(Labels.text("audit.log.title"), ListColumns.auditEntries(), rows[0], out));
        }
    }

    /** The log as shown (filter and order) as a background export, offered when its download was refused for its length. */
    public String listJob() {
        return Background.ask(messages, () -> exports.submitList(ListSelection.AUDIT_LOG,
                AuditQueryText.encode(new AuditLogQuery(view.appliedFilter(), view.appliedHide()))));
    }
}
