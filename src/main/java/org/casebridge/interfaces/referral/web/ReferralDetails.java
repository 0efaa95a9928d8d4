package org.casebridge.interfaces.referral.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.casebridge.application.referral.ReferralAnswerService;
import org.casebridge.application.referral.ReferralQueryService;
import org.casebridge.application.referral.ReferralRights;
import org.casebridge.application.referral.ReferralSendingService;
import org.casebridge.application.referral.view.PartnerReferralView;
import org.casebridge.application.referral.view.ReferralSheet;
import org.casebridge.application.referral.view.ReferralView;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.referral.SummaryChoice;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.casebridge.interfaces.shared.web.RecordPages;
import org.primefaces.PrimeFaces;

/**
 * One referral, as the caller may see it: the partner it is addressed to gets the partner's view (the
 * referral and the frozen victim summary, nothing of the case) and answers it (accept, decline with a
 * reason, complete with the outcome); the sending side gets the sender's sheet and sends a draft,
 * revokes, or, as a supervisor of the sending country, records a consent override. Buttons follow the
 * rights the service granted; the services check again. A referral the caller may not see answers
 * exactly like one that does not exist (404), audited by the service.
 */
@Named
@ViewScoped
public class ReferralDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    @Inject
    ReferralQueryService queries;

    @Inject
    ReferralAnswerService answers;

    @Inject
    ReferralSendingService sending;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private String idParam;
    private Long id;
    private int refusal;
    /** The referral shown; transient, read again after a fail-over ({@link #restore}). */
    private transient ReferralView view;
    private String reason;
    private String outcome;
    private ServiceType[] delivered = new ServiceType[0];
    private LocalDate completedOn;
    private final SummaryForm summary = new SummaryForm();

    public void load() {
        id = RecordPages.id(idParam);
        view = null;
        refusal = id == null ? RecordPages.refuse(404) : RecordPages.read(() -> view = queries.read(id));
    }

    public void restore() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            view();
        }
    }

    /**
     * A view restored on another cluster member (after a fail-over, or behind a balancer without stickiness)
     * has lost its transient record: it is read again at the first use, which on a postback is the
     * {@code rendered} check of the form posted. Only after {@link #load} found it, so a refusal stays.
     */
    private ReferralView view() {
        if (view == null && refusal == 0 && id != null) {
            load();
        }
        return view;
    }

    private void change(Supplier<ReferralView> useCase, Map<String, String> fieldIds, String dialog, String messageKey) {
        ReferralView[] changed = new ReferralView[1];
        if (!messages.attempt(() -> changed[0] = useCase.get(), fieldIds)) {
            return;
        }
        view = changed[0];
        if (dialog != null) {
            dialogs.hide(dialog);
        }
        messages.info(messageKey);
        PrimeFaces.current().ajax().update("growl", "referral");
    }

    public void accept() {
        long v = view().version();
        change(() -> answers.accept(id, v), Map.of(), null, "referral.accepted");
    }

    public void startDialog(String dialog) {
        reason = null;
        outcome = null;
        delivered = new ServiceType[0];
        completedOn = null;
        dialogs.show(dialog);
    }

    public void decline() {
        long v = view().version();
        change(() -> answers.decline(id, v, reason), Map.of("reason", "decline:reason"), "declineDialog",
                "referral.declined");
    }

    public void complete() {
        long v = view().version();
        change(() -> answers.complete(id, v, outcome, delivered.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(delivered)), completedOn), Map.of("outcome", "complete:outcome",
                "servicesDelivered", "complete:delivered", "completedOn", "complete:completedOn"), "completeDialog",
                "referral.completed");
    }

    public void revoke() {
        long v = view().version();
        change(() -> sending.revoke(id, v, reason), Map.of("reason", "revoke:reason"), "revokeDialog", "referral.revoked");
    }

    /** Opens the correction dialog with the summary as the partner has it now. */
    public void startCorrection() {
        ReferralSheet s = getSheet();
        summary.fill(s.shared(), s.summary());
        dialogs.show("correctDialog");
    }

    public void correctSummary() {
        long v = view().version();
        SummaryChoice choice = summary.choice();
        change(() -> sending.correctSummary(id, v, choice),
                Map.of("share", "correct:share", "needs", "correct:needs", "safetyNotes", "correct:safetyNotes",
                        "contactArrangements", "correct:contact"), "correctDialog", "referral.corrected");
    }

    /** The sender may correct what the partner sees while the referral is open and the partner still sees it. */
    public boolean isCorrectable() {
        ReferralSheet s = getSheet();
        return s != null && s.allowed().send() && s.status().isOpen() && s.consentWithdrawnOn() == null;
    }

    public void overrideConsent() {
        long v = view().version();
        change(() -> sending.overrideConsent(id, v, reason), Map.of("legalBasis", "override:basis"), "overrideDialog",
                "referral.overridden");
    }

    public void send() {
        long v = view().version();
        change(() -> sending.send(id, v), Map.of(), null, "referral.sent");
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    public String at(Instant at) {
        return when(at);
    }

    private ReferralRights rights() {
        return view() instanceof ReferralSheet s ? s.allowed() : view() instanceof PartnerReferralView p ? p.allowed()
                : ReferralRights.NONE;
    }

    private ReferralStatus status() {
        return view() instanceof ReferralSheet s ? s.status() : view() instanceof PartnerReferralView p ? p.status() : null;
    }

    public boolean isAnswerable() {
        return rights().answer() && status() == ReferralStatus.SENT;
    }

    public boolean isCompletable() {
        return rights().answer() && status() == ReferralStatus.ACCEPTED;
    }

    public boolean isRevocable() {
        return rights().revoke() && (status() == ReferralStatus.SENT || status() == ReferralStatus.ACCEPTED);
    }

    public boolean isSendable() {
        return rights().send() && status() == ReferralStatus.DRAFT;
    }

    public boolean isOverridable() {
        return rights().overrideConsent() && status() == ReferralStatus.DRAFT && getSheet() != null
                && getSheet().consentOverride() == null;
    }

    /** The services the partner may report delivered: those the referral asked for. */
    public List<ServiceType> getRequested() {
        PartnerReferralView p = getPartner();
        return p == null ? List.of() : List.copyOf(p.services());
    }

    public ReferralSheet getSheet() {
        return view() instanceof ReferralSheet s ? s : null;
    }

    public PartnerReferralView getPartner() {
        return view() instanceof PartnerReferralView p ? p : null;
    }

    public boolean isNotFound() {
        return view() == null;
    }

    public boolean isForbidden() {
        return refusal == 403;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public ServiceType[] getDelivered() {
        return delivered;
    }

    public void setDelivered(ServiceType[] delivered) {
        this.delivered = delivered == null ? new ServiceType[0] : delivered;
    }

    public SummaryForm getSummary() {
        return summary;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }
}
