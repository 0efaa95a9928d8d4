package org.casebridge.interfaces.casefile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.casefile.CaseIntakeService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The guided intake of a new case: the case, its first victim, the exploitation and the victim's
 * consents, step by step. Nothing is saved until Confirm, which opens the case in one call; if the
 * service refuses, the intake goes back to the first step with a problem and shows it beside the field.
 */
@Named
@ViewScoped
public class CaseIntake implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CASE = 0;
    static final int VICTIM = 1;
    static final int EXPLOITATION = 2;
    static final int CONSENT = 3;
    static final int REVIEW = 4;
    private static final String FORM = "intake";

    @Inject
    CaseIntakeService intakes;

    @Inject
    Messages messages;

    private int step = CASE;
    private final CaseForm caseForm = new CaseForm();
    private final VictimForm victim = new VictimForm();
    private final List<ConsentForm> consents = new ArrayList<>();
    private ConsentForm consent = new ConsentForm();
    private boolean confirmed;
    private boolean forbidden;

    /** When the screen opens: anyone but a caseworker in a country gets "not allowed" (403) inside the page. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            intakes.checkMayOpen();
        } catch (AccessDeniedException e) {
            forbidden = true;
            faces.getExternalContext().setResponseStatus(403);
        }
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public void next() {
        step = Math.min(REVIEW, step + 1);
    }

    public void back() {
        step = Math.max(CASE, step - 1);
    }

    public void addConsent() {
        if (consent.getPurpose() == null) {
            messages.error(FORM + ":consentPurpose", "consent.purpose.required");
            return;
        }
        consents.add(consent);
        consent = new ConsentForm();
    }

    public void removeConsent(int index) {
        if (index >= 0 && index < consents.size()) {
            consents.remove(index);
        }
    }

    /** Opens the case with everything entered; on success shows it, otherwise goes back to the problem. */
    public String confirm() {
        if (confirmed) {
            return null;
        }
        CaseIntakeService.Intake intake = new CaseIntakeService.Intake(caseForm.toDetails(), victim.toDetails(),
                consents.stream().map(ConsentForm::toInput).toList());
        CaseSheet[] opened = new CaseSheet[1];
        Map<String, String> ids = fieldIds();
        if (!messages.attempt(() -> opened[0] = intakes.open(intake), ids)) {
            step = firstStepWithMessage(ids);
            return null;
        }
        confirmed = true;
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.info("case.created");
        return "/cases/details?faces-redirect=true&id=" + opened[0].id();
    }

    /** The earliest step showing a message beside one of its fields; the review step if none does. */
    private static int firstStepWithMessage(Map<String, String> ids) {
        Map<String, Integer> stepOfClientId = new HashMap<>();
        ids.forEach((field, clientId) -> stepOfClientId.put(clientId, stepOf(field)));
        int first = REVIEW;
        for (Iterator<String> it = FacesContext.getCurrentInstance().getClientIdsWithMessages(); it.hasNext();) {
            String clientId = it.next();
            if (clientId != null && stepOfClientId.containsKey(clientId)) {
                first = Math.min(first, stepOfClientId.get(clientId));
            }
        }
        return first;
    }

    private static int stepOf(String field) {
        if (field.startsWith("victim.")) {
            return VICTIM;
        }
        if (field.startsWith("consent.")) {
            return CONSENT;
        }
        return CaseForm.BASICS.contains(field) ? CASE : EXPLOITATION;
    }

    private static Map<String, String> fieldIds() {
        Map<String, String> ids = new HashMap<>(CaseForm.fieldIds(FORM));
        ids.putAll(VictimForm.fieldIds("victim.", FORM));
        for (String f : List.of("purpose", "scope", "scopeValue", "givenOn", "expiresOn")) {
            ids.put("consent." + f, FORM + ":consent" + Character.toUpperCase(f.charAt(0)) + f.substring(1));
        }
        return ids;
    }

    public int getStep() {
        return step;
    }

    public CaseForm getCaseForm() {
        return caseForm;
    }

    public VictimForm getVictim() {
        return victim;
    }

    public List<ConsentForm> getConsents() {
        return consents;
    }

    public ConsentForm getConsent() {
        return consent;
    }
}
