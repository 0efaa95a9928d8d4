/** Read models of cooperation requests, built inside the transaction, the same for screens and REST. */
package org.casebridge.application.cooperation.view;
