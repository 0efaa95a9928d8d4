/** Supervisor screens of the audit trail: the log, a record's access history. Call application services only. */
package org.casebridge.interfaces.audit.web;
