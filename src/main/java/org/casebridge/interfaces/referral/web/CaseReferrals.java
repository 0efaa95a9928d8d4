package org.casebridge.interfaces.referral.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.referral.ReferralQueryService;
import org.casebridge.application.referral.ReferralSendingService;
import org.casebridge.application.referral.ReferralSendingService.NewReferral;
import org.casebridge.application.referral.view.ReferralPreview;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.casebridge.domain.model.referral.SummaryChoice;
import org.casebridge.domain.model.referral.SummaryField;
import org.casebridge.domain.model.referral.Urgency;
import org.casebridge.interfaces.casefile.web.CaseDetailsView;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.TabChangeEvent;
import org.primefaces.model.LazyDataModel;

/**
 * The referrals of a case: the Referrals tab (read when it is opened, newest first, paged in SQL) and
 * the Refer dialog of a victim. The dialog offers the partners of the chosen country that offer every
 * chosen service, and, on every change, shows the summary exactly as the partner would see it and the
 * consent check, both answered by {@link ReferralSendingService#preview}; the referral is then saved as a
 * draft or sent. Whether the caller may refer at all is the case grant's (the case details' "workable").
 */
@Named
@ViewScoped
public class CaseReferrals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    static final int ROWS = 10;
    static final String TABLE = "case:tabs:caseReferrals";
    private static final Map<String, String> FIELDS = Map.of("victimId", "refer:victim", "recipientAgencyId", "refer:agency",
            "services", "refer:services", "urgency", "refer:urgency", "reason", "refer:reason", "share", "refer:share",
            "needs", "refer:needs", "safetyNotes", "refer:safetyNotes", "contactArrangements", "refer:contact");

    @Inject
    ReferralQueryService referrals;

    @Inject
    ReferralSendingService sending;

    @Inject
    AgencyService agencies;

    @Inject
    CaseDetailsView details;

    @Inject
    ReferralSelection selection;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private transient ReferralPages<ReferralRow> model;
    private boolean opened;

    private Long victimId;
    private String country;
    private ServiceType[] services = new ServiceType[0];
    private Long agencyId;
    private Urgency urgency = Urgency.NORMAL;
    private String reason;
    private final SummaryForm summary = new SummaryForm();
    private final List<SelectItem> agencyOptions = new ArrayList<>();
    private final List<SelectItem> countryOptions = new ArrayList<>();
    /** What the partner would see; transient, like every victim data the screen shows. */
    private transient ReferralPreview preview;

    /** The tab is read when it is opened, so that merely viewing a case does not list its referrals. */
    public void tabChanged(TabChangeEvent<?> event) {
        if ("referralsTab".equals(event.getTab().getId())) {
            reload();
        }
    }

    private void reload() {
        opened = true;
        model = new ReferralPages<>(referrals, new ReferralQuery(Set.of(), false, null, details.getId()), ROWS, ReferralRow::id);
    }

    public LazyDataModel<ReferralRow> getReferrals() {
        if (model == null && opened) {
            reload();
        }
        return model;
    }

    public void open(SelectEvent<ReferralRow> event) {
        ReferralRow row = event.getObject();
        selection.open(row == null ? null : row.id(), TABLE);
    }

    public String rowClass(ReferralRow r) {
        return r.overdue() ? "referral-overdue" : "";
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    /** Opens the Refer dialog for a victim of the case. */
    public void startRefer(long victim) {
        CaseSheet c = details.getSheet();
        victimId = victim;
        country = c == null ? null : c.countryCode();
        services = new ServiceType[0];
        agencyId = null;
        urgency = Urgency.NORMAL;
        reason = null;
        summary.reset(SummaryField.ALIAS);
        if (countryOptions.isEmpty()) {
            for (Country k : agencies.countries()) {
                countryOptions.add(new SelectItem(k.getCode().value(), k.getName()));
            }
        }
        refresh();
        dialogs.show("referDialog");
    }

    /**
     * After any change in the dialog: the partners that fit the country and services, then the preview
     * and the consent check for what is chosen now.
     */
    public void refresh() {
        agencyOptions.clear();
        Set<ServiceType> wanted = services.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(services));
        boolean chosenFits = false;
        for (Agency a : agencies.partners(country, wanted)) {
            agencyOptions.add(new SelectItem(a.getId(), a.getName() + " – " + a.getCode().value()));
            chosenFits |= a.getId().equals(agencyId);
        }
        if (!chosenFits) {
            agencyId = null;
        }
        preview = null;
        Long victim = victimId;
        Long agency = agencyId;
        long caseId = details.getId();
        messages.attempt(() -> preview = sending.preview(caseId, victim, agency, choice()), FIELDS);
    }

    private SummaryChoice choice() {
        return summary.choice();
    }

    public void saveDraft() {
        save(true);
    }

    public void send() {
        save(false);
    }

    private void save(boolean draft) {
        long caseId = details.getId();
        Long victim = victimId;
        boolean[] saved = new boolean[1];
        messages.attempt(() -> {
            Set<ServiceType> wanted = services.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(services));
            sending.create(new NewReferral(caseId, victim == null ? 0 : victim, agencyId == null ? 0 : agencyId, wanted,
                    urgency, reason, choice(), draft));
            saved[0] = true;
        }, FIELDS);
        if (saved[0]) {
            preview = null;
            dialogs.hide("referDialog");
            messages.info(draft ? "referral.savedDraft" : "referral.sent");
            if (opened) {
                reload();
            }
            PrimeFaces.current().ajax().update("growl", "case:tabs:referralsPanel");
        }
    }

    public boolean isOpened() {
        return opened;
    }

    public ReferralPreview getPreview() {
        return preview;
    }

    public List<SelectItem> getAgencyOptions() {
        return agencyOptions;
    }

    public List<SelectItem> getCountryOptions() {
        return countryOptions;
    }

    public List<ServiceType> getServiceTypes() {
        return List.of(ServiceType.values());
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public Long getVictimId() {
        return victimId;
    }

    public void setVictimId(Long victimId) {
        this.victimId = victimId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public ServiceType[] getServices() {
        return services;
    }

    public void setServices(ServiceType[] services) {
        this.services = services == null ? new ServiceType[0] : services;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public SummaryForm getSummary() {
        return summary;
    }
}
