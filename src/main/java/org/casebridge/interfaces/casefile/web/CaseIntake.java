package org.casebridge.interfaces.casefile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.casefile.CaseIntakeService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The guided intake of a new case: the case, its first victim, the exploitation and the victim's
 * consents, step by step. Next checks the step's own fields (through the service, as Confirm will) and
 * stays with each problem beside its field; the review lists anything still missing. Nothing is saved
 * until Confirm, which opens the case in one call.
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
    static final List<String> STEPS = List.of("intake.step.case", "intake.step.victim", "intake.step.exploitation",
            "intake.step.consent", "intake.step.review");
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
    /** What the review lists as missing (step and problem); empty when the intake can be confirmed. */
    private List<String> missing = List.of();
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

    /** The steps' names (bundle keys), in order, for the step bar. */
    public List<String> getSteps() {
        return STEPS;
    }

    /** A step of the bar: current, done or still to do. */
    public String stepClass(int index) {
        return index == step ? "current" : index < step ? "done" : "todo";
    }

    /**
     * Goes on to the next step when this step's own fields are right (as the service would check them on
     * Confirm); otherwise stays, each problem beside its field. Arriving at the review, lists what is missing.
     */
    public void next() {
        Map<String, Message> problems = problems();
        if (problems == null) {
            return;
        }
        Map<String, Message> own = new LinkedHashMap<>();
        problems.forEach((field, message) -> {
            if (stepOf(field) == step) {
                own.put(field, message);
            }
        });
        if (!own.isEmpty()) {
            messages.show(new ValidationException(own), fieldIds());
            return;
        }
        step = Math.min(REVIEW, step + 1);
        if (step == REVIEW) {
            missing = missing(problems);
        }
    }

    /** Every problem of the intake as it is, by field; null (with a message) when the check was refused. */
    private Map<String, Message> problems() {
        AtomicReference<Map<String, Message>> found = new AtomicReference<>(Map.of());
        boolean checked = messages.attempt(() -> {
            try {
                intakes.check(intake());
            } catch (ValidationException e) {
                found.set(e.fieldErrors());
            }
        }, Map.of());
        return checked ? found.get() : null;
    }

    /** The problems as the review lists them: the step's name, then the problem. */
    private List<String> missing(Map<String, Message> problems) {
        List<String> lines = new ArrayList<>();
        problems.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(CaseIntake::stepOf)))
                .forEach(e -> lines.add(messages.text(STEPS.get(stepOf(e.getKey()))) + ": " + messages.text(e.getValue())));
        return lines;
    }

    private CaseIntakeService.Intake intake() {
        return new CaseIntakeService.Intake(caseForm.toDetails(), victim.toDetails(),
                consents.stream().map(ConsentForm::toInput).toList());
    }

    public List<String> getMissing() {
        return missing;
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

    /**
     * Opens the case with everything entered and shows it; if the service finds a problem, the review stays
     * and lists what is missing by step (the steps' fields are not on the page to show it beside them).
     */
    public String confirm() {
        if (confirmed) {
            return null;
        }
        CaseSheet[] opened = new CaseSheet[1];
        AtomicReference<ValidationException> invalid = new AtomicReference<>();
        if (!messages.attempt(() -> {
            try {
                opened[0] = intakes.open(intake());
            } catch (ValidationException e) {
                invalid.set(e);
            }
        }, Map.of())) {
            return null;
        }
        if (invalid.get() != null) {
            missing = missing(invalid.get().fieldErrors());
            return null;
        }
        confirmed = true;
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.info("case.created");
        return "/cases/details?faces-redirect=true&id=" + opened[0].id();
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
