package org.casebridge.interfaces.cooperation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casebridge.application.cooperation.CooperationQueryService;
import org.casebridge.application.cooperation.view.RequestRow;
import org.casebridge.application.export.ExportService;
import org.casebridge.domain.model.cooperation.RequestQueryText;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.interfaces.shared.export.Background;
import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.ScreenDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The cooperation request list its address names, as Excel, through the service that checks, limits and audits it;
 * a list too long for it is offered as a background export instead.
 */
@Named
@RequestScoped
public class CooperationDownloads {

    @Inject
    CooperationQueryService requests;

    @Inject
    CooperationList list;

    @Inject
    Messages messages;

    @Inject
    ExportService exports;

    public void listXlsx() throws IOException {
        @SuppressWarnings("unchecked")
        List<RequestRow>[] rows = new List[1];
        if (messages.attempt(() -> rows[0] = Background.offeredWhenTooLong(() -> requests.export(list.shownQuery()),
                list::offerBackground), Map.of())) {
            ScreenDownload.send(Spreadsheet.fileName("cooperation-requests"), Spreadsheet.MEDIA_TYPE,
                    out -> Spreadsheet.write(Labels.text("cooperation.list.title"), ListColumns.requests(), rows[0], out));
        }
    }

    /** The list the address names as a background export, offered when its download was refused for its length. */
    public String listJob() {
        return Background.ask(messages, () -> exports.submitList(ListSelection.COOPERATION_REQUESTS,
                RequestQueryText.encode(list.shownQuery())));
    }
}
