package org.casebridge.interfaces.agency.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * The agency administration screen: every agency, active or not, with one dialog that creates an
 * agency (the code is fixed from then on) or changes its details, services, contact and whether it is active.
 */
@Named
@ViewScoped
public class AgencyAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "agencies:table";
    private static final Map<String, String> FIELDS = Map.of("code", "agency:code", "name", "agency:name",
            "type", "agency:type", "country", "agency:country", "services", "agency:services",
            "contactPhone", "agency:contactPhone", "contactEmail", "agency:contactEmail",
            "contactAddress", "agency:contactAddress");

    @Inject
    AgencyService agencies;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private List<AgencyRow> all = List.of();
    private List<AgencyRow> rows = new ArrayList<>();
    private String filter;
    private List<SelectItem> countryOptions = List.of();

    private Long selectedId;
    private long selectedVersion;
    private AgencyEditor form = new AgencyEditor();

    /** Loads the list when the view opens. */
    public void load() {
        all = agencies.agencies().stream().map(a -> AgencyRow.of(a, messages::text))
                .sorted(AgencyRow.BY_COUNTRY_THEN_NAME).toList();
        search();
    }

    public void search() {
        rows = all.stream().filter(r -> r.matches(filter)).collect(Collectors.toCollection(ArrayList::new));
    }

    public void startCreate() {
        selectedId = null;
        form = new AgencyEditor();
        countryOptions = countryOptions();
        dialogs.show("agencyDialog");
    }

    public void startEdit(long id) {
        if (messages.attempt(() -> select(agencies.agency(id)), Map.of())) {
            countryOptions = countryOptions();
            dialogs.show("agencyDialog");
        }
    }

    public void save() {
        boolean creating = isCreating();
        AgencyService.AgencyForm details = form.toForm(!creating);
        if (messages.attempt(() -> {
            if (creating) {
                agencies.createAgency(form.getCode(), details);
            } else {
                agencies.updateAgency(selectedId, selectedVersion, details);
            }
        }, FIELDS)) {
            dialogs.hide("agencyDialog");
            messages.info(creating ? "agency.created" : "agency.saved");
            load();
            PrimeFaces.current().ajax().update("growl", TABLE);
        }
    }

    public boolean isCreating() {
        return selectedId == null;
    }

    public List<AgencyType> getTypeOptions() {
        return Arrays.asList(AgencyType.values());
    }

    public List<ServiceType> getServiceOptions() {
        return Arrays.asList(ServiceType.values());
    }

    private void select(Agency agency) {
        selectedId = agency.getId();
        selectedVersion = agency.getVersion();
        form = AgencyEditor.of(agency);
    }

    private List<SelectItem> countryOptions() {
        return agencies.countries().stream()
                .map(c -> new SelectItem(c.getCode().value(), c.getName() + " (" + c.getCode().value() + ")"))
                .toList();
    }

    public List<AgencyRow> getRows() {
        return rows;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public List<SelectItem> getCountryOptions() {
        return countryOptions;
    }

    public AgencyEditor getForm() {
        return form;
    }
}
