/**
 * Notifications to users (a new referral, an answer, a deadline passed), the e-mail outbox and the ports
 * to send mail. Nothing here holds personal data: a kind, a record type and id, times. Imports the shared
 * and account domain packages only.
 */
package org.casebridge.domain.model.notification;
