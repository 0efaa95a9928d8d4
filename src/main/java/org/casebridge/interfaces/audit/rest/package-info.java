/** REST resources and DTOs of the audit trail (supervisors). Call application services only; never return entities. */
package org.casebridge.interfaces.audit.rest;
