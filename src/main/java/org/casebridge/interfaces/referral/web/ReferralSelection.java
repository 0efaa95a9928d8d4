package org.casebridge.interfaces.referral.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.application.referral.ReferralQueryService;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * Opening the referral of a row chosen in a referral table. A row on the page shown opens its details
 * (which check access again). A row key that is not on the page (a stale page, or a tampered
 * request) is never trusted: the referral service is asked, which refuses one the caller may not see
 * exactly like one that does not exist and audits it DENIED; the screen then says "not found".
 */
@ApplicationScoped
public class ReferralSelection {

    static final String DETAILS = "/referrals/details?faces-redirect=true&id=";

    @Inject
    ReferralQueryService referrals;

    @Inject
    Messages messages;

    /** Opens {@code onPage} (the row found on the page shown), or else checks the key the client sent for {@code table}. */
    void open(Long onPage, String table) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Long id = onPage;
        if (id == null) {
            String sent = faces.getExternalContext().getRequestParameterMap().get(table + "_instantSelectedRowKey");
            if (sent == null || !sent.trim().matches("\\d{1,18}")) {
                messages.error(null, "error.not-found.text");
                return;
            }
            long key = Long.parseLong(sent.trim());
            try {
                referrals.read(key);
            } catch (RecordNotFoundException e) {
                messages.error(null, "error.not-found.text");
                return;
            } catch (AccessDeniedException e) {
                messages.error(null, "error.forbidden.text");
                return;
            }
            id = key;
        }
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null, DETAILS + id);
    }
}
