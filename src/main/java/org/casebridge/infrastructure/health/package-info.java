/** MicroProfile Health checks. */
package org.casebridge.infrastructure.health;
