/** Use cases of user accounts: administration, the caller's own account, login and logout. */
package org.casebridge.application.account;
