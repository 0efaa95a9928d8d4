/**
 * Notifications, one component for every context: the access policy ({@link org.casebridge.application.notification.NotificationAccess}),
 * {@link org.casebridge.application.notification.Notifier} (what a context calls, in its own transaction), the
 * user's inbox and settings, the e-mail outbox sender and the sweep timer. Imports the domain and Jakarta EJB/CDI/Config.
 */
package org.casebridge.application.notification;
