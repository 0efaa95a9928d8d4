/**
 * Downloads in office formats, for screens and REST alike: the lists as XLSX (streamed, every cell text
 * made safe by {@code SpreadsheetText}) and the case summary as PDF. Imports the application's read models.
 */
package org.casebridge.interfaces.shared.export;
