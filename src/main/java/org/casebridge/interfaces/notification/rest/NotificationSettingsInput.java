package org.casebridge.interfaces.notification.rest;

/** What a user sends to turn their notification e-mails on or off: {@code {"emails": false}}. */
public record NotificationSettingsInput(Boolean emails) {
}
