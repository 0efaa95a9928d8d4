/**
 * Backing beans of the case screens: list, guided intake, details with their dialogs. Import
 * application services and the domain only; entities stay in transient fields, forms hold plain values.
 */
package org.casebridge.interfaces.casefile.web;
