/**
 * The home pages and saved searches (issue 13): the screen's backing bean ({@code web/}) and the REST
 * resources ({@code rest/}). Imports the application layer and domain types only.
 */
package org.casebridge.interfaces.dashboard;
