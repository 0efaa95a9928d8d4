/**
 * Exports: the background export job (kind, owner, filters, status, progress, the finished file) and the
 * ports through which a job reads its rows and stores its file. Imports only the domain and Jakarta
 * Persistence annotations.
 */
package org.casebridge.domain.model.export;
