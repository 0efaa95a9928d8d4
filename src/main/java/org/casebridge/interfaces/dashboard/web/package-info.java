/** The home page's backing beans: each role's figures, charts and saved searches. */
package org.casebridge.interfaces.dashboard.web;
