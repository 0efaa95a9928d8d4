/** Screen infrastructure shared by every context: login, navigation, messages. Calls application services only. */
package org.casebridge.interfaces.shared.web;
