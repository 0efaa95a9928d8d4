/** Backing beans of the user administration screens. Import application services and the domain only. */
package org.casebridge.interfaces.account.web;
