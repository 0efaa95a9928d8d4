/** {@code GET /api/dashboard} and {@code /api/me/saved-searches}: the same services and read models as the home page. */
package org.casebridge.interfaces.dashboard.rest;
