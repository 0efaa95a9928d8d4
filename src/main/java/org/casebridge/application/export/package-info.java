/**
 * What every download shares, whatever its format: the size limit of a synchronous download
 * ({@code casebridge.export.max-rows}), its audit entries (EXPORT with the ids it holds) and the
 * formula-injection rule for spreadsheet cells. Imports the domain and the application's audit only.
 */
package org.casebridge.application.export;
