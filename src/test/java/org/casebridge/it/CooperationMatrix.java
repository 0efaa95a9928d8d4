package org.casebridge.it;

import java.util.EnumSet;
import java.util.Set;

/**
 * The access table of cooperation requests (issue 10, docs/security.md), as data: who, in relation to
 * a request that {@code fp-jm} opened from a Jamaican case to The Bahamas, may do what. Written out by
 * hand, independently of {@code CooperationAccess}; {@code CooperationMatrixIT} walks it over REST and
 * {@code CooperationAccessMatrixIT} against the services in the container.
 */
public final class CooperationMatrix {

    private CooperationMatrix() {
    }

    /** How the caller stands to the request. */
    public enum Relation {
        /** fp-jm: focal point of the requesting country, who opened it. */
        REQUESTING_FOCAL_POINT("fp-jm", "JM"),
        /** sup-jm: supervisor of the requesting country. */
        REQUESTING_SUPERVISOR("sup-jm", "JM"),
        /** cw1-jm: caseworker of the requesting country, assignee of the case, not a focal point. */
        REQUESTING_CASEWORKER("cw1-jm", "JM"),
        /** partner1-jm: partner agency of the requesting country. */
        REQUESTING_PARTNER("partner1-jm", "JM"),
        /** fp-bs: focal point of the requested country. */
        REQUESTED_FOCAL_POINT("fp-bs", "BS"),
        /** sup-bs: supervisor of the requested country. */
        REQUESTED_SUPERVISOR("sup-bs", "BS"),
        /** cw1-bs: caseworker of the requested country, not a focal point. */
        REQUESTED_CASEWORKER("cw1-bs", "BS"),
        /** partner1-bs: partner agency of the requested country. */
        REQUESTED_PARTNER("partner1-bs", "BS"),
        /** fp-tt: focal point of a third country. */
        THIRD_FOCAL_POINT("fp-tt", "TT"),
        /** sup-tt: supervisor of a third country. */
        THIRD_SUPERVISOR("sup-tt", "TT"),
        ANALYST("analyst", null),
        ADMIN("admin", null);

        private final String user;
        private final String country;

        Relation(String user, String country) {
            this.user = user;
            this.country = country;
        }

        public String user() {
            return user;
        }

        /** The country a refusal of this caller is recorded under: their own side of the request, the requesting country otherwise. */
        public String deniedCountry() {
            return "BS".equals(country) ? "BS" : "JM";
        }
    }

    /** Every action on a request, with the state the request is in before it. */
    public enum Action {
        LIST(Before.SENT), READ(Before.SENT), READ_DRAFT(Before.DRAFT), THREAD(Before.SENT), DOWNLOAD(Before.ATTACHED),
        SEND(Before.DRAFT), DISCARD(Before.DRAFT), SHARING_BASIS(Before.DRAFT), ACKNOWLEDGE(Before.SENT),
        ANSWER(Before.ACKNOWLEDGED), REFUSE(Before.SENT), WITHDRAW(Before.SENT), CLOSE(Before.ANSWERED),
        FOLLOW_UP(Before.ANSWERED), POST_MESSAGE(Before.SENT);

        private final Before before;

        Action(Before before) {
            this.before = before;
        }

        public Before before() {
            return before;
        }
    }

    /** The state of the fixture: a draft, sent, acknowledged, answered, or sent with a message and attachment from fp-jm. */
    public enum Before { DRAFT, SENT, ACKNOWLEDGED, ANSWERED, ATTACHED }

    public enum Outcome { ALLOWED, NOT_FOUND, FORBIDDEN }

    private static final Set<Relation> REQUESTING = EnumSet.of(Relation.REQUESTING_FOCAL_POINT, Relation.REQUESTING_SUPERVISOR);
    private static final Set<Relation> READERS = EnumSet.of(Relation.REQUESTING_FOCAL_POINT, Relation.REQUESTING_SUPERVISOR,
            Relation.REQUESTED_FOCAL_POINT, Relation.REQUESTED_SUPERVISOR);
    /** Roles that have cooperation requests at all (focal point, supervisor); the others' list is refused. */
    private static final Set<Relation> WITH_REQUESTS = EnumSet.of(Relation.REQUESTING_FOCAL_POINT, Relation.REQUESTING_SUPERVISOR,
            Relation.REQUESTED_FOCAL_POINT, Relation.REQUESTED_SUPERVISOR, Relation.THIRD_FOCAL_POINT, Relation.THIRD_SUPERVISOR);

    public static Outcome expected(Relation r, Action a) {
        if (a == Action.LIST) {
            return !WITH_REQUESTS.contains(r) ? Outcome.FORBIDDEN : READERS.contains(r) ? Outcome.ALLOWED : Outcome.NOT_FOUND;
        }
        boolean allowed = switch (a) {
            case LIST -> throw new IllegalStateException();
            case READ, THREAD, DOWNLOAD -> READERS.contains(r);
            case READ_DRAFT -> REQUESTING.contains(r);
            case SEND, DISCARD, SHARING_BASIS, WITHDRAW, CLOSE, FOLLOW_UP -> r == Relation.REQUESTING_FOCAL_POINT;
            case ACKNOWLEDGE, ANSWER, REFUSE -> r == Relation.REQUESTED_FOCAL_POINT;
            case POST_MESSAGE -> r == Relation.REQUESTING_FOCAL_POINT || r == Relation.REQUESTED_FOCAL_POINT;
        };
        return allowed ? Outcome.ALLOWED : Outcome.NOT_FOUND;
    }
}
