package org.casebridge.domain.model.casefile;

import static org.casebridge.domain.model.casefile.CaseFileTest.NOW;
import static org.casebridge.domain.model.casefile.CaseFileTest.TODAY;
import static org.casebridge.domain.model.casefile.CaseFileTest.newCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.junit.jupiter.api.Test;

/** Events, support plans and perpetrators are edited and voided with a reason, never deleted; the case's narrative. */
class CaseEntryChangesTest {

    private static final CountryCode JM = CountryCode.of("JM");

    @Test
    void anEditedEventChangesWholeOrNotAtAll() {
        CaseFile c = newCase();
        TraffickingEvent e = c.addEvent(EventType.RECRUITMENT, JM, "Kingston", TODAY.minusDays(10), TODAY);
        c.reviseEvent(e, EventType.EXPLOITATION, null, "Montego Bay", TODAY.minusDays(2), TODAY);
        assertEquals(EventType.EXPLOITATION, e.getType());
        assertNull(e.getCountryCode());
        assertEquals("Montego Bay", e.getPlace());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> c.reviseEvent(e, EventType.TRANSIT, JM, "Ocho\u202ERios", TODAY.plusDays(1), TODAY));
        assertEquals(List.of("place", "date"), List.copyOf(refused.fieldErrors().keySet()));
        assertEquals(EventType.EXPLOITATION, e.getType(), "nothing applied");
        assertEquals("Montego Bay", e.getPlace());
    }

    @Test
    void aVoidedEntryStaysWithWhoWhenAndWhyButLeavesTheCaseworkersList() {
        CaseFile c = newCase();
        TraffickingEvent e = c.addEvent(EventType.RECRUITMENT, JM, null, null, TODAY);
        c.voidEvent(e, "  Entered twice  ", "cw-test", NOW);
        assertTrue(e.isVoided());
        assertEquals("Entered twice", e.getVoiding().getReason());
        assertEquals("cw-test", e.getVoiding().getBy());
        assertEquals(NOW, e.getVoiding().getAt());
        assertEquals(List.of(), c.getEvents(), "those who work on the case no longer see it");
        assertEquals(List.of(e), c.getAllEvents(), "never deleted: supervisors see it");
    }

    @Test
    void voidingNeedsAReasonOfAtMostFiveHundredCharactersAndHappensOnce() {
        CaseFile c = newCase();
        Perpetrator p = new Perpetrator("Mr X", EnumSet.of(PerpetratorRole.RECRUITER_OR_INTERMEDIARY), null, null);
        c.linkPerpetrator(p);
        ValidationException none = assertThrows(ValidationException.class, () -> c.voidPerpetrator(p, "  ", "cw-test", NOW));
        assertTrue(none.fieldErrors().containsKey("reason"));
        assertThrows(ValidationException.class, () -> c.voidPerpetrator(p, "x".repeat(501), "cw-test", NOW));
        assertFalse(p.isVoided());
        c.voidPerpetrator(p, "Wrong person", "cw-test", NOW);
        assertThrows(DomainException.class, () -> c.voidPerpetrator(p, "again", "cw-test", NOW));
        assertEquals("Wrong person", p.getVoiding().getReason());
    }

    @Test
    void aVoidedEntryCannotBeEdited() {
        CaseFile c = newCase();
        Perpetrator p = new Perpetrator("Mr X", EnumSet.of(PerpetratorRole.RECRUITER_OR_INTERMEDIARY), null, null);
        c.linkPerpetrator(p);
        c.revisePerpetrator(p, "Mr Y", EnumSet.of(PerpetratorRole.TRANSPORTER), RelationshipToTrafficker.values()[0], "Org");
        assertEquals("Mr Y", p.getName());
        c.voidPerpetrator(p, "Wrong person", "cw-test", NOW);
        assertThrows(DomainException.class,
                () -> c.revisePerpetrator(p, "Mr Z", EnumSet.of(PerpetratorRole.RECRUITER_OR_INTERMEDIARY), null, null));
        SupportPlan plan = c.addSupportPlan(SupportPlanType.HEALTH, "Care", null, TODAY);
        c.voidSupportPlan(plan, "Not needed", "cw-test", NOW);
        assertThrows(DomainException.class,
                () -> c.reviseSupportPlan(plan, SupportPlanType.HEALTH, "Care", null, TODAY, TODAY));
        assertEquals("Mr Y", p.getName());
    }

    @Test
    void aClosedCaseRefusesEditsAndVoiding() {
        CaseFile c = newCase();
        TraffickingEvent e = c.addEvent(EventType.RECRUITMENT, JM, null, null, TODAY);
        c.requestClosure(CaseStatus.CLOSED, "Done", false, "cw-test", NOW);
        assertThrows(DomainException.class, () -> c.reviseEvent(e, EventType.TRANSIT, JM, null, null, TODAY));
        assertThrows(DomainException.class, () -> c.voidEvent(e, "why", "cw-test", NOW));
        assertThrows(DomainException.class, () -> c.writeNarrative("What happened"));
        assertFalse(e.isVoided());
    }

    @Test
    void aPlansActualEndIsNeitherBeforeItStartedNorInTheFuture() {
        CaseFile c = newCase();
        SupportPlan plan = c.addSupportPlan(SupportPlanType.HEALTH, "Medical care", TODAY.plusDays(30), TODAY.minusDays(5));
        assertEquals(TODAY.minusDays(5), plan.getStartedOn());
        ValidationException before = assertThrows(ValidationException.class,
                () -> c.reviseSupportPlan(plan, SupportPlanType.HEALTH, "Medical care", TODAY.plusDays(30), TODAY.minusDays(6), TODAY));
        assertEquals(Message.of("error.case.actualEndBeforeStart", TODAY.minusDays(5)), before.fieldErrors().get("actualEnd"));
        assertThrows(ValidationException.class,
                () -> c.reviseSupportPlan(plan, SupportPlanType.HEALTH, "Medical care", null, TODAY.plusDays(1), TODAY));
        assertNull(plan.getActualEnd());
        c.reviseSupportPlan(plan, SupportPlanType.HEALTH, "Medical care", TODAY.plusDays(30), TODAY.minusDays(5), TODAY);
        assertEquals(TODAY.minusDays(5), plan.getActualEnd(), "the day it started is allowed");
    }

    @Test
    void theNarrativeIsAsLongAsANoteAndRefusedRatherThanCut() {
        CaseFile c = newCase();
        assertTrue(c.writeNarrative("She was promised work in a hotel.\r\nHer passport was taken."));
        assertEquals("She was promised work in a hotel.\nHer passport was taken.", c.getNarrative());
        assertFalse(c.writeNarrative("She was promised work in a hotel.\nHer passport was taken.  "), "no change");
        assertEquals(CaseNote.MAX, CaseFile.NARRATIVE_MAX);
        assertTrue(c.writeNarrative("x".repeat(CaseFile.NARRATIVE_MAX)));
        ValidationException longer = assertThrows(ValidationException.class,
                () -> c.writeNarrative("y".repeat(CaseFile.NARRATIVE_MAX + 1)));
        assertTrue(longer.fieldErrors().containsKey("narrative"));
        assertEquals(CaseFile.NARRATIVE_MAX, c.getNarrative().length(), "kept as it was, never cut");
        assertThrows(ValidationException.class, () -> c.writeNarrative("bad\u0000text"));
        assertTrue(c.writeNarrative("   "));
        assertNull(c.getNarrative(), "blank clears it");
    }
}
