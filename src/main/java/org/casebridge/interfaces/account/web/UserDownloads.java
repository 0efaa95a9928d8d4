package org.casebridge.interfaces.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.application.account.AccountService;
import org.casebridge.application.export.ExportService;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.UserQueryText;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.interfaces.shared.export.Background;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.ScreenDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The user list with the filter last searched, as Excel, through the service that checks, limits and audits it; a list
 * too long for it is offered as a background export instead.
 */
@Named
@RequestScoped
public class UserDownloads {

    @Inject
    AccountService accounts;

    @Inject
    UserAdmin admin;

    @Inject
    Messages messages;

    @Inject
    ExportService exports;

    public void listXlsx() throws IOException {
        @SuppressWarnings("unchecked")
        List<UserAccount>[] rows = new List[1];
        if (messages.attempt(() -> rows[0] = Background.offeredWhenTooLong(() -> accounts.export(admin.shownFilter()),
                admin::offerBackground), Map.of())) {
            ScreenDownload.send(Spreadsheet.fileName("users"), Spreadsheet.MEDIA_TYPE,
                    out -> Spreadsheet.write(Labels.text("users.title"), ListColumns.users(), rows[0], out));
        }
    }

    /** The list as searched as a background export, offered when its download was refused for its length. */
    public String listJob() {
        return Background.ask(messages, () -> exports.submitList(ListSelection.USERS, UserQueryText.encode(admin.shownFilter())));
    }
}
