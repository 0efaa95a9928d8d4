package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.domain.model.casefile.CaseNote;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.Perpetrator;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.SupportPlan;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.casebridge.domain.model.casefile.TraffickingEvent;
import org.casebridge.domain.model.shared.Voiding;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;

/** The entries a case holds besides its people, as read models. */
public final class CaseEntries {

    private CaseEntries() {
    }

    public record NoteView(long id, String text, String author, Instant writtenAt) implements Serializable {

        public static NoteView of(CaseNote n) {
            return new NoteView(n.getId(), n.getText(), n.getAuthor(), n.getWrittenAt());
        }
    }

    /** Who voided an entry, when and why; null on an entry that stands. Only supervisors see voided entries. */
    public record VoidView(String by, Instant at, String reason) implements Serializable {

        public static VoidView of(Voiding v) {
            return v == null || !v.isVoided() ? null : new VoidView(v.getBy(), v.getAt(), v.getReason());
        }
    }

    public record EventView(long id, EventType type, String countryCode, String place, LocalDate date, long version,
            VoidView voided) implements Serializable {

        public static EventView of(TraffickingEvent e) {
            return new EventView(e.getId(), e.getType(), e.getCountryCode(), e.getPlace(), e.getDate(), e.getVersion(),
                    VoidView.of(e.getVoiding()));
        }
    }

    public record SupportPlanView(long id, SupportPlanType type, String objectives, LocalDate plannedEnd,
            LocalDate actualEnd, LocalDate startedOn, long version, VoidView voided) implements Serializable {

        public static SupportPlanView of(SupportPlan p) {
            return new SupportPlanView(p.getId(), p.getType(), p.getObjectives(), p.getPlannedEnd(), p.getActualEnd(),
                    p.getStartedOn(), p.getVersion(), VoidView.of(p.getVoiding()));
        }
    }

    public record PerpetratorView(long id, String name, Set<PerpetratorRole> roles, RelationshipToTrafficker relationship,
            String organisation, long version, VoidView voided) implements Serializable {

        public static PerpetratorView of(Perpetrator p) {
            return new PerpetratorView(p.getId(), p.getName(), p.getRoles(), p.getRelationship(), p.getOrganisation(),
                    p.getVersion(), VoidView.of(p.getVoiding()));
        }
    }
}
