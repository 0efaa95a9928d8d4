package org.casebridge.interfaces.agency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The agency directory: the active agencies, their services and how to reach them, for the staff who
 * refer victims and ask other countries for help. Read-only.
 */
@Named
@RequestScoped
public class AgencyDirectory {

    @Inject
    AgencyService agencies;

    @Inject
    Messages messages;

    private List<AgencyRow> rows;

    private boolean forbidden;

    /** Reads the directory before the page renders; a role without it (an analyst) sees the refusal, 403. */
    public void load() {
        forbidden = org.casebridge.interfaces.shared.web.RecordPages.read(() -> getAgencies()) == 403;
    }

    /** Active agencies by country, then name; read once per request. */
    public List<AgencyRow> getAgencies() {
        if (forbidden) {
            return List.of();
        }
        if (rows == null) {
            rows = agencies.agencies().stream().filter(Agency::isActive).map(a -> AgencyRow.of(a, messages::text))
                    .sorted(AgencyRow.BY_COUNTRY_THEN_NAME).collect(Collectors.toCollection(ArrayList::new));
        }
        return rows;
    }

    public boolean isForbidden() {
        return forbidden;
    }
}
