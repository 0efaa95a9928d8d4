package org.casebridge.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.shared.Voiding;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;

/** A (suspected) perpetrator: their role in the process (HTCDS per_RoleInProcess), relationship and organisation. */
@Entity
@Table(name = "perpetrator")
public class Perpetrator extends TrackedEntity {

    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 200;

    @Id
    @SequenceGenerator(name = "perpetrator_seq", sequenceName = "perpetrator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "perpetrator_seq")
    private Long id;

    @Column(name = "name", length = NAME_MAX)
    private String name;

    @Convert(converter = CodeSets.PerpetratorRoles.class)
    @Column(name = "roles", length = 400)
    private Set<PerpetratorRole> roles = EnumSet.noneOf(PerpetratorRole.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", length = 20)
    private RelationshipToTrafficker relationship;

    @Column(name = "organisation", length = ORGANISATION_MAX)
    private String organisation;

    @Embedded
    private Voiding voiding = new Voiding();

    protected Perpetrator() {
    }

    public Perpetrator(String name, Set<PerpetratorRole> roles, RelationshipToTrafficker relationship, String organisation) {
        describe(name, roles, relationship, organisation);
    }

    public final void describe(String newName, Set<PerpetratorRole> newRoles, RelationshipToTrafficker newRelationship,
            String newOrganisation) {
        voiding.requireNotVoided();
        ValidationException.Collector errors = new ValidationException.Collector();
        String n = Text.name(newName, NAME_MAX, "name", "error.label.name", errors);
        String o = Text.oneLine(newOrganisation, ORGANISATION_MAX, "organisation", "error.label.organisation", errors);
        errors.check(newRoles != null && !newRoles.isEmpty(), "roles", "error.case.roles");
        errors.throwIfAny();
        this.name = n;
        this.roles = EnumSet.copyOf(newRoles);
        this.relationship = newRelationship;
        this.organisation = o;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<PerpetratorRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(PerpetratorRole.class) : EnumSet.copyOf(roles);
    }

    public RelationshipToTrafficker getRelationship() {
        return relationship;
    }

    public String getOrganisation() {
        return organisation;
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
