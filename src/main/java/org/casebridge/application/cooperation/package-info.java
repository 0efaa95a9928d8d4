/**
 * The cooperation-request context's use cases: its one access policy ({@code CooperationAccess}),
 * the services for the requesting side (create, send, withdraw, close, follow up), the requested side
 * (acknowledge, answer, refuse, link its own case), the message thread and its attachments, and
 * reading. Every change follows {@code CooperationChanges}.
 */
package org.casebridge.application.cooperation;
