/**
 * Run-time facilities the application injects: the clock. Imports nothing of CaseBridge.
 */
package org.casebridge.infrastructure.config;
