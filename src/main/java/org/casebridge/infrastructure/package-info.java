/**
 * Technical concerns behind the domain's ports (persistence, security, audit storage, health,
 * generator) and what the command-line tools share. Imports domain and application packages.
 */
package org.casebridge.infrastructure;
