/** Read models of notifications for screens and REST: kinds and record ids, never text or personal data. */
package org.casebridge.application.notification.view;
