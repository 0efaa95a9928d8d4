/** Filling a demo installation with synthetic cases for load tests (admin only, demo mode only). */
package org.casebridge.application.generator;
