/** Use cases of trafficking cases and the people in them, with their access rules (CaseAccess). */
package org.casebridge.application.casefile;
