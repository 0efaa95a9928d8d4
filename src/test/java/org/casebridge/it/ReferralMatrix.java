package org.casebridge.it;

import java.util.EnumSet;
import java.util.Set;

/**
 * The access table of referrals (DESIGN.md, "What each role can see"; docs/security.md), as data:
 * who, in relation to a referral that {@code cw1-jm} sent from their case (with {@code fp-jm} on the
 * case's team) to JM-SAFEHOUSE ({@code partner1-jm}'s agency), may do what. Written out by hand,
 * independently of {@code ReferralAccess}; {@code ReferralMatrixIT} walks it over REST.
 */
public final class ReferralMatrix {

    private ReferralMatrix() {
    }

    /** How the caller stands to the referral. */
    public enum Relation {
        /** cw1-jm: sent it; caseworker of the owning (and sending) agency, the case's assignee. */
        SENDER("cw1-jm"),
        /** fp-jm: caseworker of another agency of the country, on the case's team. */
        TEAM_MEMBER("fp-jm"),
        /** cw2-jm: caseworker of another agency of the country, not on the team. */
        OTHER_AGENCY("cw2-jm"),
        /** cw1-bs: caseworker of another country. */
        OTHER_COUNTRY_CASEWORKER("cw1-bs"),
        /** sup-jm: supervisor of the sending country. */
        SUPERVISOR("sup-jm"),
        /** sup-bs: supervisor of another country. */
        OTHER_COUNTRY_SUPERVISOR("sup-bs"),
        /** partner1-jm: staff of JM-SAFEHOUSE, the partner the referral is addressed to. */
        PARTNER("partner1-jm"),
        /** partner2-jm: staff of JM-HEALTH, another partner agency of the same country. */
        OTHER_PARTNER("partner2-jm"),
        /** partner1-bs: staff of a partner agency of another country. */
        OTHER_COUNTRY_PARTNER("partner1-bs"),
        ANALYST("analyst"),
        ADMIN("admin");

        private final String user;

        Relation(String user) {
            this.user = user;
        }

        public String user() {
            return user;
        }
    }

    /** Every action on a referral, with the status the referral is in before it. */
    public enum Action {
        LIST("SENT"), READ("SENT"), SEND("DRAFT"), OVERRIDE_CONSENT("DRAFT"), ACCEPT("SENT"), DECLINE("SENT"),
        COMPLETE("ACCEPTED"), REVOKE("SENT");

        private final String before;

        Action(String before) {
            this.before = before;
        }

        public String before() {
            return before;
        }
    }

    public enum Outcome { ALLOWED, NOT_FOUND, FORBIDDEN }

    private static final Set<Relation> READERS = EnumSet.of(Relation.SENDER, Relation.TEAM_MEMBER, Relation.SUPERVISOR,
            Relation.PARTNER);

    public static Outcome expected(Relation r, Action a) {
        if (r == Relation.ANALYST || r == Relation.ADMIN) {
            return a == Action.LIST ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
        }
        boolean allowed = switch (a) {
            case LIST, READ -> READERS.contains(r);
            case SEND -> r == Relation.SENDER || r == Relation.TEAM_MEMBER;
            case OVERRIDE_CONSENT -> r == Relation.SUPERVISOR;
            case ACCEPT, DECLINE, COMPLETE -> r == Relation.PARTNER;
            case REVOKE -> r == Relation.SENDER || r == Relation.SUPERVISOR;
        };
        return allowed ? Outcome.ALLOWED : Outcome.NOT_FOUND;
    }
}
