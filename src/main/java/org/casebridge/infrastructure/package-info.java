/**
 * Technical concerns behind the domain's ports (persistence, security, audit storage, health,
 * generator) and what the command-line tools share. Imports the domain only (it implements its
 * ports); never application or interfaces (LayerRulesTest).
 */
package org.casebridge.infrastructure;
