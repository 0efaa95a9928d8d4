package org.casebridge.interfaces.notification.rest;

import org.casebridge.interfaces.shared.rest.ListParams;

/**
 * The query parameters of {@code GET /api/notifications}: paging only ({@code size}, and {@code after}:
 * the {@code next} token of the previous page, read by {@link ListParams#afterId()}). A wrong parameter
 * answers 400 naming it.
 */
public class NotificationListParams extends ListParams {
}
