/** Read models of the home pages: figures, each with the list and filter behind it. Records only. */
package org.casebridge.application.dashboard.view;
