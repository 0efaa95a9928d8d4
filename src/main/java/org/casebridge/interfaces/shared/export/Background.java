package org.casebridge.interfaces.shared.export;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;
import org.casebridge.application.export.Exports;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * What every list screen does when its download is too long (issue 13 item 3): the refusal offers
 * <b>Export in the background</b>, and that button asks for the list as an export job and goes to the exports
 * screen, where it runs with its progress bar.
 */
public final class Background {

    private Background() {
    }

    /** The download's rows; when they are refused for their length ({@link Exports#FIELD}), {@code offer} runs first. */
    public static <T> T offeredWhenTooLong(Supplier<T> download, Runnable offer) {
        try {
            return download.get();
        } catch (ValidationException e) {
            if (e.fieldErrors().containsKey(Exports.FIELD)) {
                offer.run();
            }
            throw e;
        }
    }

    /** Asks for the export: the exports screen with "The export has started", or null to stay with the refusal shown. */
    public static String ask(Messages messages, Runnable submit) {
        if (messages.attempt(submit, Map.of())) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info("export.asked");
            return "/exports/list?faces-redirect=true";
        }
        return null;
    }
}
