/**
 * Regional statistics: the access policy (who counts over which records) and the use case that answers
 * a question from the protected family of tables, audited. Imports the domain and Jakarta EJB/CDI/Config.
 */
package org.casebridge.application.statistics;
