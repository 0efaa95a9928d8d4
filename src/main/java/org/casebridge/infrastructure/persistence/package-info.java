/**
 * JPA repositories, the data source, Flyway migrations at start-up and demo data.
 * Implements domain repository interfaces; imports domain and application packages.
 */
package org.casebridge.infrastructure.persistence;
