package org.casebridge.it;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The access table of cases and victims (DESIGN.md, "What each role can see"; docs/security.md), as
 * data: who, in relation to a case opened by {@code cw1-jm} of JM-JCF-TIP with {@code fp-jm} on its
 * team, may do what. Written out by hand, independently of the code it checks; the container test
 * ({@code CaseAccessMatrixIT}) and the REST test ({@code CaseMatrixIT}) both walk it.
 */
public final class CaseMatrix {

    private CaseMatrix() {
    }

    /** How the caller stands to the case. */
    public enum Relation {
        /** cw1-jm: caseworker of the owning agency, the assignee. */
        ASSIGNEE("cw1-jm"),
        /** A caseworker of the owning agency who is not the assignee (created by the test). */
        COLLEAGUE(null),
        /** fp-jm: caseworker of another agency of the country, on the case's team. */
        TEAM_MEMBER("fp-jm"),
        /** cw2-jm: caseworker of another agency of the country, not on the team. */
        OTHER_AGENCY("cw2-jm"),
        /** sup-jm: supervisor of the case's country. */
        SUPERVISOR("sup-jm"),
        /** cw1-bs: caseworker of another country. */
        OTHER_COUNTRY_CASEWORKER("cw1-bs"),
        /** sup-bs: supervisor of another country. */
        OTHER_COUNTRY_SUPERVISOR("sup-bs"),
        PARTNER("partner1-jm"),
        ANALYST("analyst"),
        ADMIN("admin");

        private final String demoUser;

        Relation(String demoUser) {
            this.demoUser = demoUser;
        }

        /** The demo account in this relation; null for the colleague, whom each test creates. */
        public String demoUser() {
            return demoUser;
        }

        /** Roles that allow no case work at all: the list refused with 403, any case or victim id answered as not found. */
        public boolean roleRefused() {
            return this == PARTNER || this == ANALYST || this == ADMIN;
        }
    }

    /** Every action on a case or one of its victims. */
    public enum Action {
        LIST, READ, HISTORY, VICTIM_READ,
        DESCRIBE, CHANGE_STATUS, ADD_NOTE, ADD_EVENT, ADD_PLAN, ADD_PERPETRATOR, ADD_VICTIM, UPDATE_VICTIM, ADD_CONSENT,
        WITHDRAW_CONSENT, REQUEST_CLOSURE,
        CASEWORKERS, ASSIGN, ADD_TEAM_MEMBER, REMOVE_TEAM_MEMBER,
        APPROVE_CLOSURE, REJECT_CLOSURE, REOPEN;

        /** Whether the action needs a closure waiting for approval (set up before it). */
        public boolean needsPendingClosure() {
            return this == APPROVE_CLOSURE || this == REJECT_CLOSURE;
        }

        public boolean needsClosedCase() {
            return this == REOPEN;
        }

        /** Whether the refusal is recorded against the victim rather than the case. */
        public boolean onVictim() {
            return this == VICTIM_READ || this == UPDATE_VICTIM || this == ADD_CONSENT || this == WITHDRAW_CONSENT;
        }
    }

    public enum Outcome { ALLOWED, NOT_FOUND, FORBIDDEN }

    private static final Set<Relation> READERS = EnumSet.of(Relation.ASSIGNEE, Relation.COLLEAGUE, Relation.TEAM_MEMBER,
            Relation.SUPERVISOR);
    private static final Set<Relation> WORKERS = EnumSet.of(Relation.ASSIGNEE, Relation.COLLEAGUE, Relation.TEAM_MEMBER);
    private static final Set<Relation> TEAM_MANAGERS = EnumSet.of(Relation.ASSIGNEE, Relation.COLLEAGUE, Relation.SUPERVISOR);
    private static final Set<Relation> SUPERVISORS = EnumSet.of(Relation.SUPERVISOR);

    public static Outcome expected(Relation who, Action action) {
        Set<Relation> allowed = switch (action) {
            case LIST, READ, HISTORY, VICTIM_READ -> READERS;
            case DESCRIBE, CHANGE_STATUS, ADD_NOTE, ADD_EVENT, ADD_PLAN, ADD_PERPETRATOR, ADD_VICTIM, UPDATE_VICTIM,
                    ADD_CONSENT, WITHDRAW_CONSENT, REQUEST_CLOSURE -> WORKERS;
            case CASEWORKERS, ASSIGN, ADD_TEAM_MEMBER, REMOVE_TEAM_MEMBER -> TEAM_MANAGERS;
            case APPROVE_CLOSURE, REJECT_CLOSURE, REOPEN -> SUPERVISORS;
        };
        if (allowed.contains(who)) {
            return Outcome.ALLOWED;
        }
        return who.roleRefused() && action == Action.LIST ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
    }

    public static List<Relation> relations() {
        return List.of(Relation.values());
    }

    public static List<Action> actions() {
        return List.of(Action.values());
    }
}
