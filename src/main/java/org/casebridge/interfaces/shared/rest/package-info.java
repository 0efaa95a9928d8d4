/** REST conventions shared by every resource: the application, problem documents, exception mapping. */
package org.casebridge.interfaces.shared.rest;
