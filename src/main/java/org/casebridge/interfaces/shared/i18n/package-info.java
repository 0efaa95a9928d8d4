/**
 * Languages, time zones and formats of what a person reads: which locale a request gets (screens and REST
 * alike), bundle look-ups with an explicit locale, dates and numbers in it. May import the domain's shared
 * building blocks and the application's {@code Caller}; nothing of infrastructure.
 */
package org.casebridge.interfaces.shared.i18n;
