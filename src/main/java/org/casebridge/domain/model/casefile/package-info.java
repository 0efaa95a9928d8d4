/**
 * The trafficking case file (HTCDS case, exploitation, events, notes, support plans, perpetrators).
 * Imports the shared, agency, account and victim domain packages.
 */
package org.casebridge.domain.model.casefile;
