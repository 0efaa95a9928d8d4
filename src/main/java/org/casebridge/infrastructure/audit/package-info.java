/**
 * The audit log's storage, keys and database-level protection.
 * Implements the domain's AuditLog; imports domain packages only.
 */
package org.casebridge.infrastructure.audit;
