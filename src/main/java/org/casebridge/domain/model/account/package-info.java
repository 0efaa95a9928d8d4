/**
 * User accounts, roles and the password and lockout policies.
 * Imports the agency and shared domain packages only.
 */
package org.casebridge.domain.model.account;
