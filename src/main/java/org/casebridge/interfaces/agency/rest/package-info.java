/** REST resources and DTOs of agencies and countries. Call application services only. */
package org.casebridge.interfaces.agency.rest;
