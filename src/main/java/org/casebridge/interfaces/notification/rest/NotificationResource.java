package org.casebridge.interfaces.notification.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casebridge.application.notification.NotificationService;
import org.casebridge.application.notification.view.NotificationPage;
import org.casebridge.application.notification.view.NotificationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own notifications. Each has a kind (the text is the client's to build from it), the
 * record it points to (type and id) and times; no personal data. Another user's notification answers
 * 404 exactly like a missing one.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first, with the total and the unread count",
            description = "Continue with 'next' in 'after'. kind is one of REFERRAL_RECEIVED, REFERRAL_ACCEPTED, REFERRAL_DECLINED, "
                    + "REFERRAL_COMPLETED, REFERRAL_REVOKED, REFERRAL_OVERDUE, REFERRAL_CONSENT_WITHDRAWN, REFERRAL_SUMMARY_CORRECTED, "
                    + "COOPERATION_RECEIVED, COOPERATION_ACKNOWLEDGED, COOPERATION_ANSWERED, COOPERATION_REFUSED, COOPERATION_WITHDRAWN, "
                    + "COOPERATION_FOLLOW_UP, COOPERATION_MESSAGE, COOPERATION_ACKNOWLEDGEMENT_OVERDUE, COOPERATION_ANSWER_OVERDUE, SECOND_FACTOR_RESET; "
                    + "recordType (referral, cooperation_request) and recordId name the record it is about.")
    public NotificationPage list(@Valid @BeanParam NotificationListParams params) {
        return notifications.list(params.afterId(), params.pageSize());
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's notifications are unread (the menu badge)")
    public JsonObject unread() {
        return Json.createObjectBuilder().add("unread", notifications.unreadCount()).build();
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read; another user's is 404")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("read")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every unread notification of the caller read; answers how many")
    public JsonObject readAll() {
        return Json.createObjectBuilder().add("marked", notifications.markAllRead()).build();
    }
}
