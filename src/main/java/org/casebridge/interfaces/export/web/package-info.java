/**
 * The exports screen: ask for an export, follow its progress bar, download the file. Imports the
 * application layer and domain types only.
 */
package org.casebridge.interfaces.export.web;
