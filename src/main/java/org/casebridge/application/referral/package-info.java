/**
 * Use cases of referrals to partner agencies: the access policy (ReferralAccess, the only place its
 * rules are written; what a caller may see of a case is asked of CaseAccess), the use-case services
 * and ReferralChanges, the skeleton of every change. Imports the domain; returns read models (view).
 */
package org.casebridge.application.referral;
