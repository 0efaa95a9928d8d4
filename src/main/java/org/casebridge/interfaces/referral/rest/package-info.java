/** REST resource, inputs and list parameters of referrals. Call application services only; never return entities. */
package org.casebridge.interfaces.referral.rest;
