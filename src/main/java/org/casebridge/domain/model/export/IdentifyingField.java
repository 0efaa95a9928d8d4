package org.casebridge.domain.model.export;

/** The identifying fields a supervisor may add to an HTCDS export, each only when ticked with a reason. */
public enum IdentifyingField {
    /** prs_FirstName, prs_SecondName. */
    NAMES,
    /** prs_Birthdate. */
    BIRTH_DATE,
    /** prs_MobilePhone, prs_Email, prs_MailingStreet. */
    CONTACT
}
