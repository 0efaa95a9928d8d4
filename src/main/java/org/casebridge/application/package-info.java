/**
 * Use cases: one transaction per public method, access checks and the audit entry in the same
 * transaction. Imports the domain; never interfaces. Infrastructure is reached through domain ports.
 */
package org.casebridge.application;
