package org.casebridge.domain.model.cooperation;

import static org.casebridge.domain.model.cooperation.CooperationFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.casebridge.domain.model.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The cooperation request state machine, every status times every action, against a table written out by hand. */
class RequestStatusTest {

    private static final Map<RequestStatus, Set<RequestStatus>> ALLOWED = Map.of(
            RequestStatus.DRAFT, EnumSet.of(RequestStatus.SENT),
            RequestStatus.SENT, EnumSet.of(RequestStatus.ACKNOWLEDGED, RequestStatus.REFUSED, RequestStatus.WITHDRAWN),
            RequestStatus.ACKNOWLEDGED, EnumSet.of(RequestStatus.ANSWERED, RequestStatus.REFUSED, RequestStatus.WITHDRAWN),
            RequestStatus.ANSWERED, EnumSet.of(RequestStatus.CLOSED, RequestStatus.ACKNOWLEDGED),
            RequestStatus.CLOSED, EnumSet.noneOf(RequestStatus.class),
            RequestStatus.REFUSED, EnumSet.noneOf(RequestStatus.class),
            RequestStatus.WITHDRAWN, EnumSet.noneOf(RequestStatus.class));

    /** Each action of the aggregate and the status it leads to. */
    private static final Map<RequestStatus, Consumer<CooperationRequest>> ACTIONS = Map.of(
            RequestStatus.ACKNOWLEDGED, r -> {
                if (r.getStatus() == RequestStatus.ANSWERED) {
                    r.followUp(NOW);
                } else {
                    r.acknowledge("fp-bs", NOW);
                }
            },
            RequestStatus.ANSWERED, r -> r.answer("fp-bs", NOW),
            RequestStatus.CLOSED, r -> r.close("fp-jm", NOW),
            RequestStatus.REFUSED, r -> r.refuse("no", "fp-bs", NOW),
            RequestStatus.WITHDRAWN, r -> r.withdraw("no longer needed", "fp-jm", NOW));

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void eachStatusMovesExactlyWhereTheTableSays(RequestStatus from) {
        for (RequestStatus to : RequestStatus.values()) {
            assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
        }
        assertEquals(ALLOWED.get(from).isEmpty(), from.isFinal(), from + " final");
        assertEquals(from == RequestStatus.SENT || from == RequestStatus.ACKNOWLEDGED || from == RequestStatus.ANSWERED,
                from.isOpen(), from + " open");
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void everyActionOnTheAggregateFollowsTheTableAndARefusalSaysWhereItCanGo(RequestStatus from) {
        for (Map.Entry<RequestStatus, Consumer<CooperationRequest>> action : ACTIONS.entrySet()) {
            RequestStatus to = action.getKey();
            CooperationRequest r = CooperationFixtures.in(from);
            boolean follow = from == RequestStatus.ANSWERED && to == RequestStatus.ACKNOWLEDGED;
            if (ALLOWED.get(from).contains(to)) {
                action.getValue().accept(r);
                assertEquals(to, r.getStatus(), from + " -> " + to);
            } else if (!follow) {
                DomainException e = assertThrows(DomainException.class, () -> action.getValue().accept(r), from + " -> " + to);
                assertTrue(e.getMessage().contains(from.name()) && e.getMessage().contains(to.name()), e.getMessage());
                assertEquals(from, r.getStatus(), "unchanged after a refused move");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"SENT", "ACKNOWLEDGED", "ANSWERED", "CLOSED", "REFUSED", "WITHDRAWN"})
    void aRequestIsSentOnce(RequestStatus from) {
        CooperationRequest r = CooperationFixtures.in(from);
        assertThrows(DomainException.class, () -> r.send(CooperationFixtures.REFERENCE,
                CooperationFixtures.caseWith(CooperationFixtures.victim()), null, "fp-jm", NOW, CooperationFixtures.TODAY,
                CooperationFixtures.TIMES));
    }
}
