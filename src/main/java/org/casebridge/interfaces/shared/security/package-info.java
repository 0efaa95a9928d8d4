/**
 * Ways in for authentication: the identity store that checks a login through the application's
 * LoginService. May import application and domain; never infrastructure.
 */
package org.casebridge.interfaces.shared.security;
