package org.casebridge.domain.model.casefile;

/** HTCDS vic_MethodsOfControl. */
public enum MethodOfControl {
    PHYSICAL_THREATS("PhysicalThreats"),
    THREATS_LAW_ENFORCEMENT("ThreatsLawEnforcement"),
    THREATENS_CHILDREN_FAMILY("ThreatensChildrenFamily"),
    DEBT_BONDAGE("DebtBondage"),
    FALSE_PROMISES("FalsePromises"),
    PHYSICAL_ABUSE("PhysicalAbuse"),
    SEXUAL_ABUSE("SexualAbuse"),
    TAKES_EARNINGS("TakesEarnings"),
    RESTRICTS_FINANCIAL_ACCESS("RestrictsFinancialAccess"),
    RESTRICTS_MEDICAL_CARE("RestrictsMedicalCare"),
    WITHHOLDS_NECESSITIES("WithholdsNecessities"),
    PSYCHOLOGICAL_ABUSE("PsychologicalAbuse"),
    PSYCHOACTIVE_SUBSTANCE("PsychoactiveSubstance"),
    EXCESSIVE_WORKING_HOURS("ExcessiveWorkingHours"),
    WITHHOLDS_DOCUMENTS("WithholdsDocuments"),
    OTHER("Other");

    private final String htcdsValue;

    MethodOfControl(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
