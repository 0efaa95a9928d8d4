package org.casebridge.interfaces.shared.web;

import jakarta.faces.context.FacesContext;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.RecordNotFoundException;

/**
 * How a record's page opens from the id in its address: anything but a number is a record that does
 * not exist; a record the service refuses answers 404 (or 403 for a role that may not use the page),
 * and the page shows {@code WEB-INF/includes/refused.xhtml} with that status.
 */
public final class RecordPages {

    private RecordPages() {
    }

    /** The id as typed in the address, or null when it is not a number. */
    public static Long id(String param) {
        return param == null || !param.trim().matches("\\d{1,18}") ? null : Long.valueOf(param.trim());
    }

    /** Runs {@code read}; returns 0 when it read the record, else the refusal's status, set on the response. */
    public static int read(Runnable read) {
        try {
            read.run();
            return 0;
        } catch (RecordNotFoundException e) {
            return refuse(404);
        } catch (AccessDeniedException e) {
            return refuse(403);
        }
    }

    /** Sets {@code status} on the page's response and returns it. */
    public static int refuse(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
        return status;
    }
}
