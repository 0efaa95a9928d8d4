/**
 * The cooperation request screens: the outgoing and incoming lists, the supervisors' response times, the
 * Cooperation tab and the New request dialog of a case, and one request's page with its thread. Backing
 * beans call the application's cooperation services only and show their read models.
 */
package org.casebridge.interfaces.cooperation.web;
