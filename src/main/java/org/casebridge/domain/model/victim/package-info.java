/**
 * Victims (persons in cases) and their consent records. The most sensitive data in CaseBridge.
 * Imports the shared domain package only.
 */
package org.casebridge.domain.model.victim;
