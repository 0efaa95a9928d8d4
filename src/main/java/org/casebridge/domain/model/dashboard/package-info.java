/**
 * The home pages' read side (issue 13): the counting port the dashboards ask, the access-anomaly rule, and
 * users' saved case searches. Imports only the domain, the JDK and Jakarta Persistence annotations.
 */
package org.casebridge.domain.model.dashboard;
