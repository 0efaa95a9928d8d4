package org.casebridge.interfaces.notification.rest;

import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.rest.ListParams;

/**
 * The query parameters of {@code GET /api/notifications}: paging only ({@code size}, and {@code after}:
 * the {@code next} token of the previous page). A wrong parameter answers 400 naming it.
 */
public class NotificationListParams extends ListParams {

    /** The id the previous page ended with; a token that is not one is a 400. */
    Long afterId() {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(after.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of("after", "Continue with the 'next' token of the previous page.");
        }
    }
}
