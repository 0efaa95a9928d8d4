package org.casebridge.interfaces.dashboard.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casebridge.application.dashboard.SavedSearchService;
import org.casebridge.interfaces.casefile.web.CaseList;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;

/** The case list's "Save this search" dialog: the filters applied now, under a name, found again on the home page. */
@Named
@ViewScoped
public class SaveSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SavedSearchService searches;

    @Inject
    CaseList caseList;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private String name;

    /** Saves the list's applied filters; a refused name or limit is shown beside the name, and the dialog stays open. */
    public void save() {
        if (messages.attempt(() -> searches.save(name, caseList.savableFilters()), Map.of("name", "saveSearch:searchName",
                "filters", "saveSearch:searchName"))) {
            messages.info("cases.save.done");
            name = null;
            dialogs.hide("saveSearchDialog");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
