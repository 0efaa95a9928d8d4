/**
 * Notification e-mail through Jakarta Mail (provided by Payara Micro): the {@code Mailer} port of the
 * notification domain, configured by {@code casebridge.mail.*}. Imports the domain only.
 */
package org.casebridge.infrastructure.mail;
