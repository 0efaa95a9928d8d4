package org.casebridge.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;

/** A (suspected) perpetrator: their role in the process (HTCDS per_RoleInProcess), relationship and organisation. */
@Entity
@Table(name = "perpetrator")
public class Perpetrator extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "perpetrator_seq", sequenceName = "perpetrator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "perpetrator_seq")
    private Long id;

    @Column(name = "name", length = 200)
    private String name;

    @Convert(converter = CodeSets.PerpetratorRoles.class)
    @Column(name = "roles", length = 400)
    private Set<PerpetratorRole> roles = EnumSet.noneOf(PerpetratorRole.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", length = 20)
    private RelationshipToTrafficker relationship;

    @Column(name = "organisation", length = 200)
    private String organisation;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    protected Perpetrator() {
    }

    public Perpetrator(String name, Set<PerpetratorRole> roles, RelationshipToTrafficker relationship, String organisation) {
        describe(name, roles, relationship, organisation);
    }

    public final void describe(String newName, Set<PerpetratorRole> newRoles, RelationshipToTrafficker newRelationship,
            String newOrganisation) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String n = newName == null || newName.isBlank() ? null : newName.strip();
        String o = newOrganisation == null || newOrganisation.isBlank() ? null : newOrganisation.strip();
        errors.check(n == null || n.length() <= 200, "name", "Name is at most 200 characters.");
        errors.check(o == null || o.length() <= 200, "organisation", "Organisation is at most 200 characters.");
        errors.check(newRoles != null && !newRoles.isEmpty(), "roles", "Choose at least one role in the process.");
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
        return voided;
    }
}
