package org.casebridge.interfaces.casefile.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.application.casefile.view.VictimSheet;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.StatusDecisionOrg;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.VictimDetails;

/**
 * What the intake and the victim dialog say about a victim: plain values. Citizenships and languages
 * are typed as codes separated by commas or spaces.
 */
public class VictimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of("givenName", "familyName", "alias", "gender", "birthDate",
            "estimatedAge", "citizenships", "languages", "traffickingStatus", "statusDecidedBy", "ageWhenTrafficked",
            "relationshipToTrafficker", "migrationStatus", "contactPhone", "contactEmail", "contactAddress");

    private String givenName;
    private String familyName;
    private String alias;
    private Gender gender;
    private LocalDate birthDate;
    private Integer estimatedAge;
    private String citizenships;
    private String languages;
    private TraffickingStatus traffickingStatus;
    private StatusDecisionOrg statusDecidedBy;
    private Integer ageWhenTrafficked;
    private RelationshipToTrafficker relationshipToTrafficker;
    private MigrationStatus migrationStatus;
    private String contactPhone;
    private String contactEmail;
    private String contactAddress;

    static VictimForm of(VictimSheet v) {
        VictimForm f = new VictimForm();
        f.givenName = v.givenName();
        f.familyName = v.familyName();
        f.alias = v.alias();
        f.gender = v.gender();
        f.birthDate = v.birthDate();
        f.estimatedAge = v.estimatedAge();
        f.citizenships = String.join(", ", v.citizenships());
        f.languages = String.join(", ", v.languages());
        f.traffickingStatus = v.traffickingStatus();
        f.statusDecidedBy = v.statusDecidedBy();
        f.ageWhenTrafficked = v.ageWhenTrafficked();
        f.relationshipToTrafficker = v.relationshipToTrafficker();
        f.migrationStatus = v.migrationStatus();
        f.contactPhone = v.contactPhone();
        f.contactEmail = v.contactEmail();
        f.contactAddress = v.contactAddress();
        return f;
    }

    VictimDetails toDetails() {
        return new VictimDetails(givenName, familyName, alias, gender, birthDate, estimatedAge, codes(citizenships),
                codes(languages), traffickingStatus, statusDecidedBy, ageWhenTrafficked, relationshipToTrafficker,
                migrationStatus, contactPhone, contactEmail, contactAddress);
    }

    /** Domain field name (with {@code prefix}, e.g. "victim.") to client id in the form {@code formId}. */
    static Map<String, String> fieldIds(String prefix, String formId) {
        Map<String, String> ids = new LinkedHashMap<>();
        FIELDS.forEach(f -> ids.put(prefix + f, formId + ":" + f));
        return ids;
    }

    private static Set<String> codes(String text) {
        Set<String> set = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).forEach(set::add);
        }
        return set;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Integer getEstimatedAge() {
        return estimatedAge;
    }

    public void setEstimatedAge(Integer estimatedAge) {
        this.estimatedAge = estimatedAge;
    }

    public String getCitizenships() {
        return citizenships;
    }

    public void setCitizenships(String citizenships) {
        this.citizenships = citizenships;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public TraffickingStatus getTraffickingStatus() {
        return traffickingStatus;
    }

    public void setTraffickingStatus(TraffickingStatus traffickingStatus) {
        this.traffickingStatus = traffickingStatus;
    }

    public StatusDecisionOrg getStatusDecidedBy() {
        return statusDecidedBy;
    }

    public void setStatusDecidedBy(StatusDecisionOrg statusDecidedBy) {
        this.statusDecidedBy = statusDecidedBy;
    }

    public Integer getAgeWhenTrafficked() {
        return ageWhenTrafficked;
    }

    public void setAgeWhenTrafficked(Integer ageWhenTrafficked) {
        this.ageWhenTrafficked = ageWhenTrafficked;
    }

    public RelationshipToTrafficker getRelationshipToTrafficker() {
        return relationshipToTrafficker;
    }

    public void setRelationshipToTrafficker(RelationshipToTrafficker relationshipToTrafficker) {
        this.relationshipToTrafficker = relationshipToTrafficker;
    }

    public MigrationStatus getMigrationStatus() {
        return migrationStatus;
    }

    public void setMigrationStatus(MigrationStatus migrationStatus) {
        this.migrationStatus = migrationStatus;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }
}
