package org.casebridge.interfaces.casefile.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.StatusDecisionOrg;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The HTCDS code lists as the case screens offer them, and their labels: the bundle key of a code is
 * its type's name in lower camel case, a dot and the constant ({@code exploitationType.FORCED_LABOUR}).
 */
@Named("codes")
@ApplicationScoped
public class CodeLists {

    @Inject
    Messages messages;

    public String label(Enum<?> code) {
        if (code == null) {
            return "";
        }
        String type = code.getDeclaringClass().getSimpleName();
        return messages.text(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + code.name());
    }

    /** The labels of a collection or an array of codes, separated by commas. */
    public String labels(Object codes) {
        Stream<?> stream = codes instanceof Collection<?> c ? c.stream()
                : codes instanceof Object[] a ? Arrays.stream(a) : Stream.empty();
        return stream.map(code -> label((Enum<?>) code)).collect(Collectors.joining(", "));
    }

    /** Plain codes (languages, countries) separated by commas. */
    public String joined(Collection<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    public List<CaseStatus> getClosedStatuses() {
        return List.of(CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED);
    }

    public List<CaseStage> getStages() {
        return List.of(CaseStage.values());
    }

    public List<RiskLevel> getRisks() {
        return List.of(RiskLevel.values());
    }

    public List<ExploitationType> getExploitationTypes() {
        return List.of(ExploitationType.values());
    }

    public List<SexExploitationType> getSexExploitationTypes() {
        return List.of(SexExploitationType.values());
    }

    public List<ForcedLabourIndustry> getIndustries() {
        return List.of(ForcedLabourIndustry.values());
    }

    public List<MethodOfControl> getMethodsOfControl() {
        return List.of(MethodOfControl.values());
    }

    public List<MethodOfRecruitment> getMethodsOfRecruitment() {
        return List.of(MethodOfRecruitment.values());
    }

    public List<WebsiteOrApp> getApps() {
        return List.of(WebsiteOrApp.values());
    }

    public List<EventType> getEventTypes() {
        return List.of(EventType.values());
    }

    public List<SupportPlanType> getSupportPlanTypes() {
        return List.of(SupportPlanType.values());
    }

    public List<PerpetratorRole> getPerpetratorRoles() {
        return List.of(PerpetratorRole.values());
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public List<TraffickingStatus> getTraffickingStatuses() {
        return List.of(TraffickingStatus.values());
    }

    public List<StatusDecisionOrg> getDecisionOrgs() {
        return List.of(StatusDecisionOrg.values());
    }

    public List<MigrationStatus> getMigrationStatuses() {
        return List.of(MigrationStatus.values());
    }

    public List<RelationshipToTrafficker> getRelationships() {
        return List.of(RelationshipToTrafficker.values());
    }

    public List<ConsentPurpose> getConsentPurposes() {
        return List.of(ConsentPurpose.values());
    }

    public List<ConsentScope> getConsentScopes() {
        return List.of(ConsentScope.values());
    }
}
