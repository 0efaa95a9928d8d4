/**
 * Documents attached to cases and victims: attaching (checked by content, limited in size), listing,
 * audited downloads and voiding. Access is the case's and the victim's, asked of {@code CaseAccess}.
 */
package org.casebridge.application.document;
