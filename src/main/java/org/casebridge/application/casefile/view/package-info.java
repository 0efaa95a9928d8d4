/**
 * Read models of the case context: immutable records assembled inside the service's transaction,
 * shown by screens and returned as JSON by REST (the same record for both). Never entities.
 */
package org.casebridge.application.casefile.view;
