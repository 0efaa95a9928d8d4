/**
 * The home pages (issue 13): each role's figures as read models ({@code view/}), counted in the database
 * within the caller's access, and users' saved case searches. Imports the domain and Jakarta EJB/CDI only.
 */
package org.casebridge.application.dashboard;
