package org.casebridge.domain.model.casefile;

/** HTCDS vic_MethodOfRecruitment. */
public enum MethodOfRecruitment {
    AT_A_PLACE_OF_BUSINESS("AtAPlaceOfBusiness"),
    AT_AN_EDUCATIONAL_INSTITUTION("AtAnEducationalInstitution"),
    AT_WORK("AtWork"),
    THROUGH_ONLINE_SOCIAL_NETWORKS("ThroughOnlineSocialNetworks"),
    THROUGH_AN_ONLINE_ADVERTISEMENT("ThroughAnOnlineAdvertisement"),
    THROUGH_A_TELEVISION_ADVERT("ThroughATelevisionAdvert"),
    THROUGH_A_NEWSPAPER_ADVERT("ThroughANewspaperAdvert"),
    THROUGH_FAMILY_OR_FAMILY_EVENTS("ThroughFamilyOrFamilyEvents"),
    THROUGH_FRIENDS_OR_SOCIAL_EVENTS("ThroughFriendsOrSocialEvents"),
    OTHER("Other");

    private final String htcdsValue;

    MethodOfRecruitment(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
