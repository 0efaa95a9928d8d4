/**
 * The ways into regional statistics: {@code GET /api/statistics} and the screen
 * {@code statistics/overview.xhtml}. Imports the application layer's statistics service and read model.
 */
package org.casebridge.interfaces.statistics;
