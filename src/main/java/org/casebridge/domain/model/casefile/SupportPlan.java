package org.casebridge.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.shared.Voiding;

/** A support plan (HTCDS spl_): its type, objectives, planned and actual end. */
@Entity
@Table(name = "support_plan")
public class SupportPlan extends TrackedEntity {

    public static final int OBJECTIVES_MAX = 4000;

    @Id
    @SequenceGenerator(name = "support_plan_seq", sequenceName = "support_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_plan_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40)
    private SupportPlanType type;

    @Column(name = "objectives", nullable = false, length = OBJECTIVES_MAX)
    private String objectives;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    /** The day the plan was recorded: its actual end cannot be earlier. */
    @Column(name = "started_on", updatable = false)
    private LocalDate startedOn;

    @Embedded
    private Voiding voiding = new Voiding();

    protected SupportPlan() {
    }

    SupportPlan(CaseFile caseFile, SupportPlanType type, String objectives, LocalDate plannedEnd, LocalDate today) {
        this.caseFile = caseFile;
        this.startedOn = today;
        revise(type, objectives, plannedEnd, null, today);
    }

    /**
     * Replaces the plan after checking all of it; nothing is applied if one field is wrong. The actual
     * end, once the plan has ended, is neither before the plan started nor in the future.
     */
    public final void revise(SupportPlanType newType, String newObjectives, LocalDate newPlannedEnd, LocalDate newActualEnd,
            LocalDate today) {
        voiding.requireNotVoided();
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(newType != null, "type", "error.case.type");
        String text = Text.requiredMultiLine(newObjectives, OBJECTIVES_MAX, "objectives", "error.label.objectives", errors);
        errors.check(newActualEnd == null || startedOn == null || !newActualEnd.isBefore(startedOn), "actualEnd",
                "error.case.actualEndBeforeStart", startedOn);
        errors.check(newActualEnd == null || !newActualEnd.isAfter(today), "actualEnd", "error.case.actualEnd2");
        errors.throwIfAny();
        this.type = newType;
        this.objectives = text;
        this.plannedEnd = newPlannedEnd;
        this.actualEnd = newActualEnd;
    }

    public Long getId() {
        return id;
    }

    public SupportPlanType getType() {
        return type;
    }

    public String getObjectives() {
        return objectives;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public boolean isVoided() {
        return voiding.isVoided();
    }

    /** Who voided the entry, when and why; {@link Voiding#isVoided()} false while it stands. */
    public Voiding getVoiding() {
        return voiding;
    }

    /** Voids the entry with a reason; it stays in the case, visible to supervisors as voided. */
    void voidFor(String reason, String by, Instant at) {
        voiding.voidFor(reason, by, at);
    }
}
