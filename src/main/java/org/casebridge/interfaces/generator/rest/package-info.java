/** The demo-only REST call that fills the database with synthetic cases. Calls application services only. */
package org.casebridge.interfaces.generator.rest;
