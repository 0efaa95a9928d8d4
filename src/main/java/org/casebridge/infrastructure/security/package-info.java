/**
 * Authentication (form login for screens, HTTP Basic for the REST API), password hashing, session
 * policy and security headers. Imports application and domain packages.
 */
package org.casebridge.infrastructure.security;
