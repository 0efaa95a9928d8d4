/**
 * Countries and agencies: the reference data that scopes every record to an organisation and a country.
 * Imports only the shared domain package and Jakarta Persistence.
 */
package org.casebridge.domain.model.agency;
