package org.casebridge.interfaces.casefile.rest;

import java.util.List;
import org.casebridge.domain.model.casefile.Perpetrator;

public record PerpetratorDto(long id, String name, List<String> roles, String relationship, String organisation) {

    static PerpetratorDto of(Perpetrator p) {
        return new PerpetratorDto(p.getId(), p.getName(), CaseDto.names(p.getRoles()),
                p.getRelationship() == null ? null : p.getRelationship().name(), p.getOrganisation());
    }
}
