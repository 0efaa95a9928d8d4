package org.casebridge.domain.model.casefile;

/** HTCDS vic_ForcedLabourIndustry: the ISIC rev. 4 sections. */
public enum ForcedLabourIndustry {
    A("A_AgricultureForestryAndFishing"),
    B("B_MiningAndQuarrying"),
    C("C_Manufacturing"),
    D("D_ElectricityGasSteamAndAirConditioningSupply"),
    E("E_WaterSupplySewerageWasteManagement"),
    F("F_Construction"),
    G("G_WholesaleAndRetailTradeRepairOfMotorVehicles"),
    H("H_TransportationAndStorage"),
    I("I_AccommodationAndFoodServiceActivities"),
    J("J_InformationAndCommunication"),
    K("K_FinancialAndInsuranceActivities"),
    L("L_RealEstateActivities"),
    M("M_ProfessionalScientificAndTechnicalActivities"),
    N("N_AdministrativeAndSupportServiceActivities"),
    O("O_PublicAdministrationAndDefence"),
    P("P_Education"),
    Q("Q_HumanHealthAndSocialWorkActivities"),
    R("R_ArtsEntertainmentAndRecreation"),
    S("S_OtherServiceActivities"),
    T("T_ActivitiesOfHouseholdsAsEmployers"),
    U("U_ActivitiesOfExtraterritorialOrganizations");

    private final String htcdsValue;

    ForcedLabourIndustry(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
