/**
 * The synthetic case generator for load and performance tests (plain JDBC), its command line, and
 * the demo-mode-only implementation of the domain's SyntheticCases port. Imports domain packages only.
 */
package org.casebridge.infrastructure.generator;
