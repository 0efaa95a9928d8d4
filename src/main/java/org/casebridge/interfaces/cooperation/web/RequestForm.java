package org.casebridge.interfaces.cooperation.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.application.cooperation.CooperationSendingService.NewRequest;
import org.casebridge.domain.model.cooperation.ExtractChoice;
import org.casebridge.domain.model.cooperation.ExtractField;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestType;

/** What a focal point types into the New cooperation request dialog, as the sending service takes it. */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private RequestType type;
    private String country;
    private Priority priority = Priority.NORMAL;
    private String legalBasis;
    private String purpose;
    private ExtractField[] fields = new ExtractField[0];
    private Long victimId;
    private String sharingBasis;

    /** Empty, with the case number chosen and {@code victim} as the victim the victim fields are about. */
    void reset(Long victim) {
        type = null;
        country = null;
        priority = Priority.NORMAL;
        legalBasis = null;
        purpose = null;
        fields = new ExtractField[] {ExtractField.CASE_NUMBER};
        victimId = victim;
        sharingBasis = null;
    }

    /** The extract chosen, as the domain checks it; null while nothing is chosen. */
    ExtractChoice choice() {
        if (fields.length == 0) {
            return null;
        }
        Set<ExtractField> chosen = EnumSet.copyOf(Arrays.asList(fields));
        return new ExtractChoice(chosen, chosen.stream().anyMatch(ExtractField::victimData) ? victimId : null);
    }

    NewRequest toRequest(long caseId, boolean draft) {
        return new NewRequest(caseId, country, type, priority, legalBasis, purpose,
                fields.length == 0 ? new ExtractChoice(Set.of(), null) : choice(), sharingBasis, draft);
    }

    public List<ExtractField> getExtractFields() {
        return List.of(ExtractField.values());
    }

    public List<RequestType> getTypes() {
        return List.of(RequestType.values());
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public ExtractField[] getFields() {
        return fields;
    }

    public void setFields(ExtractField[] fields) {
        this.fields = fields == null ? new ExtractField[0] : fields;
    }

    public Long getVictimId() {
        return victimId;
    }

    public void setVictimId(Long victimId) {
        this.victimId = victimId;
    }

    public String getSharingBasis() {
        return sharingBasis;
    }

    public void setSharingBasis(String sharingBasis) {
        this.sharingBasis = sharingBasis;
    }
}
