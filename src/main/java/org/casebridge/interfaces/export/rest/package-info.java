/**
 * REST for exports: ask for one (202 with the job), follow one's own jobs, download a finished file.
 * Imports the application layer and domain types only.
 */
package org.casebridge.interfaces.export.rest;
