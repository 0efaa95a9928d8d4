package org.casebridge.interfaces.referral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casebridge.application.referral.ReferralQueryService;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.ScreenDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.interfaces.shared.web.Messages;

/** The referral list as shown, as Excel, through the service that checks, limits and audits it. */
@Named
@RequestScoped
public class ReferralDownloads {

    @Inject
    ReferralQueryService referrals;

    @Inject
    ReferralList list;

    @Inject
    Messages messages;

    @SuppressWarnings("unchecked")
    public void listXlsx() throws IOException {
        boolean[] inbox = new boolean[1];
        List<?>[] rows = new List<?>[1];
        if (!messages.attempt(() -> {
            inbox[0] = referrals.listsInbox();
            rows[0] = referrals.export(list.shownQuery()).items();
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
}
