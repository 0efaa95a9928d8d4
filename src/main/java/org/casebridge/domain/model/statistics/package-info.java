/**
 * Regional statistics with small-cell protection: the dimensions and subjects that may be counted, the
 * query a caller asks, the fixed family of cross-tabulations answers come from, and the suppression
 * that keeps every count below k (and anything that would give one away) out of what is published.
 * Pure domain code without a container; imports the shared domain package and the code lists of the
 * case, victim, agency and referral packages.
 */
package org.casebridge.domain.model.statistics;
