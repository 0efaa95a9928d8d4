/** REST resources, inputs and DTOs of cases, victims and consents. Call application services only; never return entities. */
package org.casebridge.interfaces.casefile.rest;
