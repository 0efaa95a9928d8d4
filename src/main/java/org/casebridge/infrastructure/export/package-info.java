/**
 * Exports in the database: the export job repository (JPA), the case rows read a keyset page at a time
 * and the finished files (plain JDBC on the container's data source). Imports domain packages only.
 */
package org.casebridge.infrastructure.export;
