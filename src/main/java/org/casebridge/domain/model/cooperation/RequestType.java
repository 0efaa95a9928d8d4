package org.casebridge.domain.model.cooperation;

/**
 * What one government asks of another, after the request types of transnational referral guidance
 * (ICMPD's Transnational Referral Mechanism, the OSCE National Referral Mechanisms handbook).
 */
public enum RequestType {
    /** Verify a person's identity or travel and identity documents. */
    IDENTITY_VERIFICATION,
    /** Trace the victim's family. */
    FAMILY_TRACING,
    /** Assess the risks of return before it is decided. */
    RISK_ASSESSMENT,
    /** Organise an assisted, safe return. */
    ASSISTED_RETURN,
    /** Support reintegration after return. */
    REINTEGRATION_SUPPORT,
    /** Evidence or mutual legal assistance for an investigation or prosecution. */
    LEGAL_ASSISTANCE,
    /** Exchange information. */
    INFORMATION_EXCHANGE
}
