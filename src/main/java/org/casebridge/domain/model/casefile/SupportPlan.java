package org.casebridge.domain.model.casefile;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

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

    @Column(name = "voided", nullable = false)
    private boolean voided;

    protected SupportPlan() {
    }

    SupportPlan(CaseFile caseFile, SupportPlanType type, String objectives, LocalDate plannedEnd) {
        this.caseFile = caseFile;
        revise(type, objectives, plannedEnd, null);
    }

    public final void revise(SupportPlanType newType, String newObjectives, LocalDate newPlannedEnd, LocalDate newActualEnd) {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(newType != null, "type", "Choose the type of support.");
        String text = Text.requiredMultiLine(newObjectives, OBJECTIVES_MAX, "objectives", "The objectives", errors);
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

    public boolean isVoided() {
        return voided;
    }
}
