package org.casebridge.domain.model.statistics;

import java.util.Arrays;
import java.util.Optional;

/** What a statistics table counts: victims in cases, referrals sent, or cooperation requests sent. */
public enum Subject {
    /** One count per victim in a (non-voided) case; a victim in two cases counts twice. */
    VICTIMS("victims"),
    /** One count per referral that was sent (drafts are not counted). */
    REFERRALS("referrals"),
    /** One count per cooperation request that was sent (drafts are not counted). */
    COOPERATION("cooperation");

    private final String key;

    Subject(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Subject> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
