/**
 * What every download shares, whatever its format: the size limit of a synchronous download
 * ({@code casebridge.download.max-rows}), its audit entries (EXPORT with the ids it holds) and the
 * formula-injection rule for spreadsheet cells.
 *
 * Exports run as background jobs: the kinds' definitions (what a kind counts, reads and writes), the
 * writers (CSV with formula-injection-safe cells), the k-anonymity rule, the job's steps (each its own
 * transaction), the runner on the container's managed executor, start-up recovery and the removal of
 * expired files. Imports application and domain packages only.
 */
package org.casebridge.application.export;
