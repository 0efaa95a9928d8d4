package org.casebridge.interfaces.referral.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.application.referral.view.SummaryView;
import org.casebridge.domain.model.referral.SummaryChoice;
import org.casebridge.domain.model.referral.SummaryField;

/**
 * What a sender types into a screen to choose the victim summary a partner sees (the Refer dialog and
 * the correction dialog): fields of the victim's record and the texts written for the partner.
 */
public class SummaryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private SummaryField[] share = new SummaryField[0];
    private String needs;
    private String safetyNotes;
    private String contact;

    /** Empty but for {@code fields}. */
    void reset(SummaryField... fields) {
        share = fields.clone();
        needs = null;
        safetyNotes = null;
        contact = null;
    }

    /** As the partner has it now: the fields of the victim's record in {@code shared}, and the texts of {@code summary}. */
    void fill(Set<SummaryField> shared, SummaryView summary) {
        share = shared.stream().filter(SummaryField::fromVictim).toArray(SummaryField[]::new);
        needs = summary.needs();
        safetyNotes = summary.safetyNotes();
        contact = summary.contactArrangements();
    }

    /** The choice as the domain checks it. */
    SummaryChoice choice() {
        return new SummaryChoice(share.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(share)), needs, safetyNotes,
                contact);
    }

    /** The fields of the victim's record a summary may carry. */
    public List<SummaryField> getShareable() {
        return Arrays.stream(SummaryField.values()).filter(SummaryField::fromVictim).toList();
    }

    public SummaryField[] getShare() {
        return share;
    }

    public void setShare(SummaryField[] share) {
        this.share = share == null ? new SummaryField[0] : share;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getSafetyNotes() {
        return safetyNotes;
    }

    public void setSafetyNotes(String safetyNotes) {
        this.safetyNotes = safetyNotes;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
