/**
 * The referral screens' backing beans: the Refer dialog and the Referrals tab of a case, the referral
 * list (a partner's inbox, the sending side's and a supervisor's overview) and one referral's details.
 * They call the referral application services only and show their read models.
 */
package org.casebridge.interfaces.referral.web;
