/** REST resources and DTOs of user accounts. Call application services only; never return entities. */
package org.casebridge.interfaces.account.rest;
