/** Use cases of agencies and countries (reference data). */
package org.casebridge.application.agency;
