/**
 * Referrals of a victim to a partner agency for services: the aggregate, its state machine, the frozen
 * victim summary and the repository port. Imports the shared, agency and victim domain packages, and the case scope ({@code CaseScope}) of the case context.
 */
package org.casebridge.domain.model.referral;
