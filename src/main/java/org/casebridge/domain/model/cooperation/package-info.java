/**
 * Cross-border cooperation requests between participating governments: the aggregate with its state
 * machine and deadlines, the case extract frozen at sending, the message thread and the content check
 * of attachments. Imports the shared, agency, case and victim domain packages only.
 */
package org.casebridge.domain.model.cooperation;
