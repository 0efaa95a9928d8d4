package org.casebridge.interfaces.agency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * The country administration screen: the participating governments and any other country agencies
 * may belong to. A country's code is fixed once added; its name and participation can change.
 */
@Named
@ViewScoped
public class CountryAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "countries:table";
    private static final Map<String, String> FIELDS = Map.of("code", "country:code", "name", "country:name");

    @Inject
    AgencyService agencies;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private List<CountryRow> rows = new ArrayList<>();

    private Long selectedId;
    private long selectedVersion;
    private String code;
    private String name;
    private boolean participating;
    private boolean closureApproval;

    /** Loads the list when the view opens. */
    public void load() {
        rows = agencies.countries().stream().map(CountryRow::of).collect(Collectors.toCollection(ArrayList::new));
    }

    public void startCreate() {
        selectedId = null;
        code = null;
        name = null;
        participating = true;
        closureApproval = true;
        dialogs.show("countryDialog");
    }

    /** Opens the dialog on the country as stored now, keeping its version to detect concurrent changes. */
    public void startEdit(long id) {
        Country country = agencies.countries().stream().filter(c -> c.getId() == id).findFirst().orElse(null);
        if (country == null) {
            messages.error(null, "country.gone");
            return;
        }
        selectedId = country.getId();
        selectedVersion = country.getVersion();
        code = country.getCode().value();
        name = country.getName();
        participating = country.isParticipating();
        closureApproval = country.isClosureApproval();
        dialogs.show("countryDialog");
    }

    public void save() {
        boolean creating = isCreating();
        if (messages.attempt(() -> {
            if (creating) {
                agencies.createCountry(code, name, participating);
            } else {
                agencies.updateCountry(selectedId, selectedVersion, name, participating, closureApproval, null, null);
            }
        }, FIELDS)) {
            dialogs.hide("countryDialog");
            messages.info(creating ? "country.created" : "country.saved");
            load();
            PrimeFaces.current().ajax().update("growl", TABLE);
        }
    }

    public boolean isCreating() {
        return selectedId == null;
    }

    public List<CountryRow> getRows() {
        return rows;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isParticipating() {
        return participating;
    }

    public void setParticipating(boolean participating) {
        this.participating = participating;
    }

    public boolean isClosureApproval() {
        return closureApproval;
    }

    public void setClosureApproval(boolean closureApproval) {
        this.closureApproval = closureApproval;
    }
}
