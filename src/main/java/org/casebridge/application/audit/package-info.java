/**
 * The audit port every application service records through, and the interceptor that refuses
 * service methods which forget to. Imports application and domain packages only.
 */
package org.casebridge.application.audit;
