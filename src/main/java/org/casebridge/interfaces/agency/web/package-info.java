/** Backing beans of the agency and country administration screens and of the agency directory. Import application services and the domain only. */
package org.casebridge.interfaces.agency.web;
