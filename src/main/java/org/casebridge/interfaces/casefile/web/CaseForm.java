package org.casebridge.interfaces.casefile.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.domain.model.casefile.CaseDetails;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;

/** What the intake and the edit dialog say about a case: plain values, kept by the view between requests. */
public class CaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The domain's field names, and the ids of their inputs where they differ. */
    static final List<String> FIELDS = List.of("stage", "riskLevel", "identificationDate", "identificationPlace",
            "reviewDue", "exploitationTypes", "sexExploitationTypes", "forcedLabourIndustry", "methodsOfControl",
            "methodsOfRecruitment", "recruitmentApps", "exploitationApps");
    /** Fields on the first intake step; the others are on the exploitation step. */
    static final Set<String> BASICS = Set.of("stage", "riskLevel", "identificationDate", "identificationPlace", "reviewDue");

    private CaseStage stage;
    private RiskLevel riskLevel;
    private LocalDate identificationDate;
    private String identificationPlace;
    private LocalDate reviewDue;
    private ExploitationType[] exploitationTypes = new ExploitationType[0];
    private SexExploitationType[] sexExploitationTypes = new SexExploitationType[0];
    private ForcedLabourIndustry forcedLabourIndustry;
    private MethodOfControl[] methodsOfControl = new MethodOfControl[0];
    private MethodOfRecruitment[] methodsOfRecruitment = new MethodOfRecruitment[0];
    private WebsiteOrApp[] recruitmentApps = new WebsiteOrApp[0];
    private WebsiteOrApp[] exploitationApps = new WebsiteOrApp[0];

    static CaseForm of(CaseSheet c) {
        CaseForm f = new CaseForm();
        f.stage = c.stage();
        f.riskLevel = c.riskLevel();
        f.identificationDate = c.identificationDate();
        f.identificationPlace = c.identificationPlace();
        f.reviewDue = c.reviewDue();
        f.exploitationTypes = c.exploitationTypes().toArray(new ExploitationType[0]);
        f.sexExploitationTypes = c.sexExploitationTypes().toArray(new SexExploitationType[0]);
        f.forcedLabourIndustry = c.forcedLabourIndustry();
        f.methodsOfControl = c.methodsOfControl().toArray(new MethodOfControl[0]);
        f.methodsOfRecruitment = c.methodsOfRecruitment().toArray(new MethodOfRecruitment[0]);
        f.recruitmentApps = c.recruitmentApps().toArray(new WebsiteOrApp[0]);
        f.exploitationApps = c.exploitationApps().toArray(new WebsiteOrApp[0]);
        return f;
    }

    /**
     * What each field holds, in {@link #FIELDS} order, as values that compare by content (codes as
     * sets, a blank place as none): what "changed" means when a save meets a newer version.
     */
    Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("stage", stage);
        v.put("riskLevel", riskLevel);
        v.put("identificationDate", identificationDate);
        v.put("identificationPlace", identificationPlace == null || identificationPlace.isBlank() ? null
                : identificationPlace.strip());
        v.put("reviewDue", reviewDue);
        v.put("exploitationTypes", set(exploitationTypes, ExploitationType.class));
        v.put("sexExploitationTypes", set(sexExploitationTypes, SexExploitationType.class));
        v.put("forcedLabourIndustry", forcedLabourIndustry);
        v.put("methodsOfControl", set(methodsOfControl, MethodOfControl.class));
        v.put("methodsOfRecruitment", set(methodsOfRecruitment, MethodOfRecruitment.class));
        v.put("recruitmentApps", set(recruitmentApps, WebsiteOrApp.class));
        v.put("exploitationApps", set(exploitationApps, WebsiteOrApp.class));
        return v;
    }

    /** The fields whose values differ between {@code a} and {@code b}, in {@link #FIELDS} order. */
    static List<String> changed(CaseForm a, CaseForm b) {
        Map<String, Object> x = a.values();
        Map<String, Object> y = b.values();
        return FIELDS.stream().filter(f -> !Objects.equals(x.get(f), y.get(f))).toList();
    }

    /**
     * The latest version with the user's own changes (what {@code mine} changed from {@code original},
     * the version the user started from) applied over it: nothing typed is lost, and nothing the other
     * person changed in a field the user left alone is undone.
     */
    static CaseForm reapplied(CaseForm original, CaseForm mine, CaseForm latest) {
        CaseForm f = latest.copy();
        for (String field : changed(original, mine)) {
            f.take(field, mine);
        }
        return f;
    }

    private CaseForm copy() {
        CaseForm f = new CaseForm();
        FIELDS.forEach(field -> f.take(field, this));
        return f;
    }

    private void take(String field, CaseForm from) {
        switch (field) {
            case "stage" -> stage = from.stage;
            case "riskLevel" -> riskLevel = from.riskLevel;
            case "identificationDate" -> identificationDate = from.identificationDate;
            case "identificationPlace" -> identificationPlace = from.identificationPlace;
            case "reviewDue" -> reviewDue = from.reviewDue;
            case "exploitationTypes" -> exploitationTypes = from.exploitationTypes == null ? null : from.exploitationTypes.clone();
            case "sexExploitationTypes" -> sexExploitationTypes = from.sexExploitationTypes == null ? null
                    : from.sexExploitationTypes.clone();
            case "forcedLabourIndustry" -> forcedLabourIndustry = from.forcedLabourIndustry;
            case "methodsOfControl" -> methodsOfControl = from.methodsOfControl == null ? null : from.methodsOfControl.clone();
            case "methodsOfRecruitment" -> methodsOfRecruitment = from.methodsOfRecruitment == null ? null
                    : from.methodsOfRecruitment.clone();
            case "recruitmentApps" -> recruitmentApps = from.recruitmentApps == null ? null : from.recruitmentApps.clone();
            case "exploitationApps" -> exploitationApps = from.exploitationApps == null ? null : from.exploitationApps.clone();
            default -> throw new IllegalArgumentException("no case field " + field);
        }
    }

    CaseDetails toDetails() {
        return new CaseDetails(stage, riskLevel, identificationDate, identificationPlace,
                set(exploitationTypes, ExploitationType.class), set(sexExploitationTypes, SexExploitationType.class),
                forcedLabourIndustry, set(methodsOfControl, MethodOfControl.class),
                set(methodsOfRecruitment, MethodOfRecruitment.class), set(recruitmentApps, WebsiteOrApp.class),
                set(exploitationApps, WebsiteOrApp.class), reviewDue);
    }

    /** Domain field name to client id, for inputs in the form {@code formId}. */
    static Map<String, String> fieldIds(String formId) {
        Map<String, String> ids = new LinkedHashMap<>();
        FIELDS.forEach(f -> ids.put(f, formId + ":" + ("riskLevel".equals(f) ? "risk" : f)));
        return ids;
    }

    static <E extends Enum<E>> Set<E> set(E[] values, Class<E> type) {
        return values == null || values.length == 0 ? EnumSet.noneOf(type) : EnumSet.copyOf(Arrays.asList(values));
    }

    public CaseStage getStage() {
        return stage;
    }

    public void setStage(CaseStage stage) {
        this.stage = stage;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public LocalDate getIdentificationDate() {
        return identificationDate;
    }

    public void setIdentificationDate(LocalDate identificationDate) {
        this.identificationDate = identificationDate;
    }

    public String getIdentificationPlace() {
        return identificationPlace;
    }

    public void setIdentificationPlace(String identificationPlace) {
        this.identificationPlace = identificationPlace;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(LocalDate reviewDue) {
        this.reviewDue = reviewDue;
    }

    public ExploitationType[] getExploitationTypes() {
        return exploitationTypes;
    }

    public void setExploitationTypes(ExploitationType[] exploitationTypes) {
        this.exploitationTypes = exploitationTypes;
    }

    public SexExploitationType[] getSexExploitationTypes() {
        return sexExploitationTypes;
    }

    public void setSexExploitationTypes(SexExploitationType[] sexExploitationTypes) {
        this.sexExploitationTypes = sexExploitationTypes;
    }

    public ForcedLabourIndustry getForcedLabourIndustry() {
        return forcedLabourIndustry;
    }

    public void setForcedLabourIndustry(ForcedLabourIndustry forcedLabourIndustry) {
        this.forcedLabourIndustry = forcedLabourIndustry;
    }

    public MethodOfControl[] getMethodsOfControl() {
        return methodsOfControl;
    }

    public void setMethodsOfControl(MethodOfControl[] methodsOfControl) {
        this.methodsOfControl = methodsOfControl;
    }

    public MethodOfRecruitment[] getMethodsOfRecruitment() {
        return methodsOfRecruitment;
    }

    public void setMethodsOfRecruitment(MethodOfRecruitment[] methodsOfRecruitment) {
        this.methodsOfRecruitment = methodsOfRecruitment;
    }

    public WebsiteOrApp[] getRecruitmentApps() {
        return recruitmentApps;
    }

    public void setRecruitmentApps(WebsiteOrApp[] recruitmentApps) {
        this.recruitmentApps = recruitmentApps;
    }

    public WebsiteOrApp[] getExploitationApps() {
        return exploitationApps;
    }

    public void setExploitationApps(WebsiteOrApp[] exploitationApps) {
        this.exploitationApps = exploitationApps;
    }
}
