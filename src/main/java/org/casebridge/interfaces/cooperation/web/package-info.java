/**
 * The cooperation screens' backing beans: the outgoing and incoming request lists and the
 * supervisors' response times. They call the cooperation application services only and show their read models.
 */
package org.casebridge.interfaces.cooperation.web;
