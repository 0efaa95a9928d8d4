/**
 * The cooperation request screens: the Cooperation tab and the New request dialog of a case, and one
 * request's page with its thread. Backing beans call the application's cooperation services only.
 */
package org.casebridge.interfaces.cooperation.web;
