package org.casebridge.interfaces.notification.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casebridge.application.notification.NotificationService;
import org.casebridge.application.notification.view.NotificationSettings;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notification settings: e-mails on or off. The address itself is set by an administrator. */
@Path("me/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationSettingsResource {

    @Inject
    NotificationService notifications;

    @GET
    @Operation(operationId = "getNotificationSettings", summary = "The caller's notification settings: emails (on or off), emailAddressSet, mailConfigured")
    public NotificationSettings get() {
        return notifications.settings();
    }

    @PUT
    @Operation(operationId = "updateNotificationSettings", summary = "Turn the caller's own notification e-mails on or off: {\"emails\": false}")
    public NotificationSettings put(NotificationSettingsInput input) {
        NotificationSettingsInput in = Fields.body(input);
        if (in.emails() == null) {
            throw ValidationException.of("emails", "error.notification.emails");
        }
        return notifications.chooseEmails(in.emails());
    }
}
