/** REST for the caller's own notifications and notification settings. Imports the application layer and domain types. */
package org.casebridge.interfaces.notification.rest;
