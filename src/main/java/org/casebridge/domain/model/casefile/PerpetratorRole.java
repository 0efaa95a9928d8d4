package org.casebridge.domain.model.casefile;

/** HTCDS per_RoleInProcess. */
public enum PerpetratorRole {
    TRAVELLING_PARTNER("TravellingPartner"),
    TRANSPORTER("Transporter"),
    RECRUITER_OR_INTERMEDIARY("RecruiterOrIntermediary"),
    BROKER_TRAVEL_AGENT("BrokerTravelAgent"),
    TRANSFERRED_INDIVIDUAL("TransferredIndividual"),
    HARBOURED_INDIVIDUAL("HarbouredIndividual"),
    SOLD_INDIVIDUAL("SoldIndividual"),
    BOUGHT_INDIVIDUAL("BoughtIndividual"),
    RECEIVED_INDIVIDUAL("ReceivedIndividual"),
    CONTROLLED_INDIVIDUAL("ControlledIndividual"),
    SMUGGLER("Smuggler"),
    ABUSER("Abuser"),
    KIDNAPPER("Kidnapper"),
    EXPLOITER("Exploiter"),
    OTHER("Other");

    private final String htcdsValue;

    PerpetratorRole(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
