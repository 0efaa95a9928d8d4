/**
 * Documents attached to a case or to a victim (signed consent forms, identity documents, photos,
 * reports): what they are, their checked content and the port that stores them. Imports only the domain.
 */
package org.casebridge.domain.model.document;
