/**
 * The audit port every application service records through, the interceptor that refuses service
 * methods which forget to, and the supervisor's use cases on the trail (reading, verifying,
 * checkpoints, export). Imports application and domain packages only.
 */
package org.casebridge.application.audit;
