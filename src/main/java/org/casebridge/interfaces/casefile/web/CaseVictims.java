package org.casebridge.interfaces.casefile.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.casebridge.application.casefile.CaseEntryService;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.VictimService;
import org.casebridge.application.casefile.view.VictimSheet;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The victims and consent tabs of a case: a victim's full record (names and contact, read only when
 * asked for, and audited), editing it or adding another victim, and recording or withdrawing consent.
 */
@Named
@ViewScoped
public class CaseVictims implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VictimService victims;

    @Inject
    CaseEntryService entries;

    @Inject
    CaseQueryService queries;

    @Inject
    CaseDetailsView details;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    /** The victim shown in the view dialog; names and contact are not kept beyond the request that showed them. */
    private transient VictimSheet shown;
    private Long victimId;
    private long victimVersion;
    private VictimForm form = new VictimForm();
    private ConsentForm consent = new ConsentForm();

    public void show(long id) {
        if (messages.attempt(() -> shown = victims.get(id), Map.of())) {
            dialogs.show("victimDialog");
        }
    }

    public void startEdit(long id) {
        if (messages.attempt(() -> {
            VictimSheet v = victims.get(id);
            victimId = v.id();
            victimVersion = v.version();
            form = VictimForm.of(v);
        }, Map.of())) {
            dialogs.show("victimEditDialog");
        }
    }

    public void startAdd() {
        victimId = null;
        form = new VictimForm();
        dialogs.show("victimEditDialog");
    }

    public void save() {
        Map<String, String> ids = VictimForm.fieldIds("", "victimEdit");
        Long id = victimId;
        long caseId = details.getId();
        if (id == null) {
            details.change(() -> entries.addVictim(caseId, form.toDetails()).caseSheet(), ids, "victimEditDialog",
                    "victim.added");
        } else {
            details.change(() -> {
                victims.update(id, victimVersion, form.toDetails());
                return queries.read(caseId);
            }, ids, "victimEditDialog", "victim.saved");
        }
    }

    public void startConsent(long id) {
        victimId = id;
        consent = new ConsentForm();
        dialogs.show("consentDialog");
    }

    public void addConsent() {
        Long id = victimId;
        Map<String, String> ids = new HashMap<>();
        for (String f : new String[] {"purpose", "scope", "scopeValue", "givenOn", "expiresOn"}) {
            ids.put(f, "consent:" + f);
        }
        if (id != null) {
            details.change(() -> {
                victims.recordConsent(id, consent.toInput());
                return queries.read(details.getId());
            }, ids, "consentDialog", "consent.added");
        }
    }

    public void withdraw(long victim, long consentId) {
        details.change(() -> {
            victims.withdrawConsent(victim, consentId, LocalDate.now());
            return queries.read(details.getId());
        }, Map.of(), null, "consent.withdrawn");
    }

    /** Bundle key: a minor, an adult, or age unknown (treated as a possible minor). */
    public String minor(Boolean minor) {
        return minor == null ? "victim.minor.unknown" : minor ? "victim.minor.yes" : "victim.minor.no";
    }

    public String join(Collection<String> codes) {
        return codes == null ? "" : String.join(", ", codes);
    }

    public VictimSheet getShown() {
        return shown;
    }

    public boolean isAdding() {
        return victimId == null;
    }

    public VictimForm getForm() {
        return form;
    }

    public ConsentForm getConsent() {
        return consent;
    }
}
