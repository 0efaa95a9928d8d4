/**
 * The audit log's storage, keys, verification and signing, database-level protection, and the
 * command-line verifier. Implements the domain's AuditLog and AuditVerifier; imports domain packages only.
 */
package org.casebridge.infrastructure.audit;
