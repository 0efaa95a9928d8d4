package org.casebridge.domain.model.referral;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casebridge.domain.model.shared.QueryLine;

/**
 * A referral list's filters as one line of text, kept with a background export of the list
 * ({@code status=SENT,ACCEPTED&overdue=true&agency=7&caseId=12}): the names of {@code GET /api/referrals}'s
 * parameters, in {@link QueryLine}'s form. Read back strictly, so a stored line never widens a list.
 */
public final class ReferralQueryText {

    private ReferralQueryText() {
    }

    public static String encode(ReferralQuery q) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", QueryLine.codes(q.statuses()));
        p.put("overdue", QueryLine.flag(q.overdueOnly()));
        p.put("agency", q.recipientAgencyId());
        p.put("caseId", q.caseId());
        return QueryLine.write(p);
    }

    public static ReferralQuery decode(String text) {
        Map<String, String> p = QueryLine.read(text);
        ReferralQuery q = new ReferralQuery(QueryLine.codes(ReferralStatus.class, p.remove("status")),
                QueryLine.flag(p.remove("overdue")), QueryLine.id(p.remove("agency")), QueryLine.id(p.remove("caseId")));
        QueryLine.noneLeft(p);
        return q;
    }
}
