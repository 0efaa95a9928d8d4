/** The notifications page and the menu badge. Imports the application layer and domain types. */
package org.casebridge.interfaces.notification.web;
