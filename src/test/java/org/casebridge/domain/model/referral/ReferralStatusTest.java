package org.casebridge.domain.model.referral;

import static org.casebridge.domain.model.referral.ReferralFixtures.NOW;
import static org.casebridge.domain.model.referral.ReferralFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The referral state machine, every status times every transition, against a table written out by hand. */
class ReferralStatusTest {

    private static final Map<ReferralStatus, Set<ReferralStatus>> ALLOWED = Map.of(
            ReferralStatus.DRAFT, EnumSet.of(ReferralStatus.SENT),
            ReferralStatus.SENT, EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.REVOKED),
            ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.COMPLETED, ReferralStatus.REVOKED),
            ReferralStatus.DECLINED, EnumSet.noneOf(ReferralStatus.class),
            ReferralStatus.COMPLETED, EnumSet.noneOf(ReferralStatus.class),
            ReferralStatus.REVOKED, EnumSet.noneOf(ReferralStatus.class));

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void eachStatusMovesExactlyWhereTheTableSays(ReferralStatus from) {
        for (ReferralStatus to : ReferralStatus.values()) {
            assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
        }
        assertEquals(ALLOWED.get(from).isEmpty(), from.isFinal(), from + " final");
        assertEquals(from == ReferralStatus.SENT || from == ReferralStatus.ACCEPTED, from.isOpen(), from + " open");
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void theReferralRefusesEveryTransitionTheTableDoesNotAllow(ReferralStatus from) {
        for (ReferralStatus to : ReferralStatus.values()) {
            Referral r = ReferralFixtures.in(from);
            assertEquals(from, r.getStatus());
            if (ALLOWED.get(from).contains(to)) {
                move(r, to);
                assertEquals(to, r.getStatus(), from + " -> " + to);
            } else if (to != ReferralStatus.DRAFT) {
                DomainException e = assertThrows(DomainException.class, () -> move(r, to), from + " -> " + to);
                assertTrue(e.getMessage().contains(from.name()) && e.getMessage().contains(to.name()), e.getMessage());
                assertEquals(from, r.getStatus(), "unchanged after a refused " + from + " -> " + to);
            }
        }
    }

    private static void move(Referral r, ReferralStatus to) {
        switch (to) {
            case SENT -> r.send(ReferralFixtures.consenting(), "cw1", NOW, TODAY, Duration.ofHours(24));
            case ACCEPTED -> r.accept("partner", NOW);
            case DECLINED -> r.decline("no space", "partner", NOW);
            case COMPLETED -> r.complete("done", EnumSet.of(ServiceType.SHELTER), TODAY, TODAY);
            case REVOKED -> r.revoke("mistake", "cw1", NOW);
            case DRAFT -> throw new IllegalArgumentException("nothing moves back to DRAFT");
        }
    }
}
