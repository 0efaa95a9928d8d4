/**
 * Building blocks shared by every aggregate: record metadata, domain and validation exceptions.
 * Imports only Jakarta APIs; nothing from application, infrastructure or interfaces.
 */
package org.casebridge.domain.model.shared;
