package org.casebridge.domain.model.casefile;

/** HTCDS vic_RecruitmentWebsitesAndApps and vic_ExploitationWebsitesAndApps. */
public enum WebsiteOrApp {
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    WHATSAPP("WhatsApp"),
    TELEGRAM("Telegram"),
    FACEBOOK_MESSENGER("FacebookMessenger"),
    VIBER("Viber"),
    SNAPCHAT("SnapChat"),
    LINE("Line"),
    FOUR_SALE("4Sale"),
    WECHAT("WeChat"),
    QQ("QQ"),
    QZONE("QZone"),
    TIKTOK("TikTok"),
    TWITTER("Twitter"),
    OTHER("Other");

    private final String htcdsValue;

    WebsiteOrApp(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
