package org.casebridge.application.notification.view;

import java.io.Serializable;

/**
 * The caller's notification settings: whether they want e-mails, whether an administrator has set an
 * address for them (the address itself is not shown here), and whether this installation sends e-mail at all.
 */
public record NotificationSettings(boolean emails, boolean emailAddressSet, boolean mailConfigured) implements Serializable {
}
