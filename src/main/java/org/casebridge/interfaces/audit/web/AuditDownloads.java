package org.casebridge.interfaces.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casebridge.application.audit.AuditService;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.ScreenDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.interfaces.shared.web.Messages;

/** The audit log with the filter last applied, as Excel, through the service that checks, limits and audits it. */
@Named
@RequestScoped
public class AuditDownloads {

    @Inject
    AuditService audit;

    @Inject
    AuditLogView view;

    @Inject
    Messages messages;

    public void logXlsx() throws IOException {
        @SuppressWarnings("unchecked")
        List<AuditEntry>[] rows = new List[1];
        if (messages.attempt(() -> rows[0] = audit.exportRows(view.appliedFilter(), view.appliedHide()), Map.of())) {
            ScreenDownload.send(Spreadsheet.fileName("audit-log"), Spreadsheet.MEDIA_TYPE,
                    out -> Spreadsheet.write(Labels.text("audit.log.title"), ListColumns.auditEntries(), rows[0], out));
        }
    }
}
