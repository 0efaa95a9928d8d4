/** REST resources of documents attached to cases and victims: download and voiding. Call application services only. */
package org.casebridge.interfaces.document.rest;
