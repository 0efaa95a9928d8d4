package org.casebridge.interfaces.cooperation.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.application.Caller;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.cooperation.CooperationQueryService;
import org.casebridge.application.cooperation.CooperationSendingService;
import org.casebridge.application.cooperation.view.ExtractPreview;
import org.casebridge.application.cooperation.view.RequestPage;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.cooperation.ExtractChoice;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.interfaces.casefile.web.CaseDetailsView;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.TabChangeEvent;

/**
 * The cooperation requests of a case: the Cooperation tab (for focal points and supervisors; read when
 * it is opened) and, for a focal point of the case's country, the New cooperation request dialog. On
 * every change of the country, the victim or the fields chosen, the dialog shows the extract exactly as
 * the other country would see it and whether the victim's consent covers that country, both answered
 * by {@link CooperationSendingService#preview}; the request is then saved as a draft or sent.
 */
@Named
@ViewScoped
public class CaseCooperation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    /** The requests the tab lists; a case has few, and the request list pages them all. */
    static final int ROWS = 100;
    private static final Map<String, String> FIELDS = Map.of("requestedCountry", "coop:country", "type", "coop:type",
            "priority", "coop:priority", "legalBasis", "coop:legalBasis", "purpose", "coop:purpose", "sharingBasis",
            "coop:sharingBasis", "extract.fields", "coop:fields", "extract.victimId", "coop:victim");

    @Inject
    CooperationQueryService queries;

    @Inject
    CooperationSendingService sending;

    @Inject
    AgencyService agencies;

    @Inject
    CaseDetailsView details;

    @Inject
    Caller caller;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private transient RequestPage page;
    private boolean opened;
    private final RequestForm form = new RequestForm();
    private final List<SelectItem> countryOptions = new ArrayList<>();
    /** What the other country would see; transient, like every victim data the screen shows. */
    private transient ExtractPreview preview;

    /** The tab is read when it is opened, so that merely viewing a case does not list its requests. */
    public void tabChanged(TabChangeEvent<?> event) {
        if ("cooperationTab".equals(event.getTab().getId())) {
            reload();
        }
    }

    private void reload() {
        opened = true;
        page = null;
        long caseId = details.getId();
        messages.attempt(() -> page = queries.list(new RequestQuery(null, Set.of(), null, Set.of(), false, caseId), null,
                ROWS), Map.of());
    }

    /** Opens the New cooperation request dialog, about the case's first victim when victim fields are chosen. */
    public void startRequest() {
        CaseSheet c = details.getSheet();
        form.reset(c == null || c.victims().isEmpty() ? null : c.victims().get(0).id());
        if (countryOptions.isEmpty()) {
            String own = caller.country().map(CountryCode::value).orElse(null);
            for (Country k : agencies.countries()) {
                if (k.isParticipating() && !k.getCode().value().equals(own)) {
                    countryOptions.add(new SelectItem(k.getCode().value(), k.getName()));
                }
            }
        }
        refresh();
        dialogs.show("cooperationDialog");
    }

    /** After a change of what is shared or with whom: the preview and the consent check for what is chosen now. */
    public void refresh() {
        preview = null;
        long caseId = details.getId();
        String country = form.getCountry();
        messages.attempt(() -> {
            ExtractChoice choice = form.choice();
            if (choice != null) {
                preview = sending.preview(caseId, country, choice);
            }
        }, FIELDS);
    }

    public void saveDraft() {
        save(true);
    }

    public void send() {
        save(false);
    }

    private void save(boolean draft) {
        long caseId = details.getId();
        RequestSheet[] saved = new RequestSheet[1];
        if (messages.attempt(() -> saved[0] = sending.create(form.toRequest(caseId, draft)), FIELDS)) {
            preview = null;
            dialogs.hide("cooperationDialog");
            messages.info(draft ? "cooperation.savedDraft" : "cooperation.sent");
            reload();
            PrimeFaces.current().ajax().update("growl", "case:tabs:cooperationPanel");
        }
    }

    /** Whether the caller's roles have cooperation requests at all (focal points and supervisors). */
    public boolean isVisible() {
        return caller.has(Role.FOCAL_POINT) || caller.has(Role.SUPERVISOR);
    }

    /** Whether the caller may open a request about this case: a focal point of the case's country. */
    public boolean isRequester() {
        CaseSheet c = details.getSheet();
        return c != null && caller.has(Role.FOCAL_POINT)
                && caller.country().map(k -> k.value().equals(c.countryCode())).orElse(false);
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    public boolean isOpened() {
        return opened;
    }

    public RequestPage getPage() {
        return page;
    }

    public ExtractPreview getPreview() {
        return preview;
    }

    public RequestForm getForm() {
        return form;
    }

    public List<SelectItem> getCountryOptions() {
        return countryOptions;
    }
}
