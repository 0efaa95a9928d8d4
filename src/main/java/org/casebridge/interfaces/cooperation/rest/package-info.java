/** REST resource of cooperation requests ({@code /api/cooperation-requests}): the same services and access checks as the screens. */
package org.casebridge.interfaces.cooperation.rest;
