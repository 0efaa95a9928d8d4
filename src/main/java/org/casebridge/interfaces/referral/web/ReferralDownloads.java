package org.casebridge.interfaces.referral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casebridge.application.export.ExportService;
import org.casebridge.application.referral.ReferralQueryService;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.referral.ReferralQueryText;
import org.casebridge.interfaces.shared.export.Background;
import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.ScreenDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The referral list as shown (a partner's inbox too), as Excel, through the service that checks, limits and audits it;
 * a list too long for it is offered as a background export instead.
 */
@Named
@RequestScoped
public class ReferralDownloads {

    @Inject
    ReferralQueryService referrals;

    @Inject
    ReferralList list;

    @Inject
    Messages messages;

    @Inject
    ExportService exports;

    @SuppressWarnings("unchecked")
    public void listXlsx() throws IOException {
        boolean[] inbox = new boolean[1];
        List<?>[] rows = new List<?>[1];
        if (!messages.attempt(() -> {
            inbox[0] = referrals.listsInbox();
            rows[0] = Background.offeredWhenTooLong(() -> referrals.export(list.shownQuery()).items(), list::offerBackground);
        }, Map.of())) {
            return;
        }
        ScreenDownload.send(Spreadsheet.fileName("referrals"), Spreadsheet.MEDIA_TYPE, out -> {
            if (inbox[0]) {
                Spreadsheet.write(Labels.text("referrals.title"), ListColumns.partnerReferrals(), (List<PartnerReferralRow>) rows[0], out);
            } else {
                Spreadsheet.write(Labels.text("referrals.title"), ListColumns.referrals(), (List<ReferralRow>) rows[0], out);
            }
        });
    }

    /** The list as shown as a background export, offered when its download was refused for its length. */
    public String listJob() {
        return Background.ask(messages, () -> exports.submitList(ListSelection.REFERRALS,
                ReferralQueryText.encode(list.shownQuery())));
    }
}
