package org.casebridge.application.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;
import org.casebridge.domain.model.export.CaseExportRow;
import org.casebridge.domain.model.export.IdentifyingField;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.StatusDecisionOrg;
import org.casebridge.domain.model.victim.TraffickingStatus;

/**
 * The columns of the HTCDS 2.0 case export, in order: each header is a field name of the standard
 * (with its prefix, as {@code prs_Gender}) or a CaseBridge extension ({@code cb_}, documented in
 * {@code docs/htcds-mapping.md}); coded fields hold the standard's value names, multi-select fields
 * their value names separated by {@code ;}. The identifying columns are present only when ticked.
 */
public final class HtcdsColumns {

    /** Separates the values of a multi-select field, as Salesforce (the standard's reference platform) does. */
    public static final String MULTI = ";";
    /** The prefix of CaseBridge's own columns, which are not fields of the standard. */
    public static final String EXTENSION = "cb_";

    /** One column: its header and how a row fills it. */
    public record Column(String header, Function<CaseExportRow, String> value) {
    }

    private static final List<Column> ALWAYS = List.of(
            new Column("cb_CaseId", r -> Long.toString(r.caseId())),
            new Column("cb_CaseNumber", CaseExportRow::caseNumber),
            new Column("cb_CaseCountry", CaseExportRow::country),
            new Column("cb_IdentificationDate", r -> date(r.identificationDate())),
            new Column("cas_Status", r -> code(CaseStatus.class, r.status(), CaseStatus::htcdsValue)),
            new Column("cb_VictimId", r -> r.victimId() == null ? "" : Long.toString(r.victimId())),
            new Column("vic_TraffickingStatus", r -> code(TraffickingStatus.class, r.traffickingStatus(), TraffickingStatus::htcdsValue)),
            new Column("vic_TraffickingStatusDecisionMakingOrg",
                    r -> code(StatusDecisionOrg.class, r.statusDecidedBy(), StatusDecisionOrg::htcdsValue)),
            new Column("prs_Gender", r -> code(Gender.class, r.gender(), Gender::htcdsValue)),
            new Column("cb_AgeAtIdentification", r -> number(r.ageOn(r.identificationDate()))),
            new Column("prs_Citizenship", r -> String.join(MULTI, r.citizenships())),
            new Column("prs_PrimaryLanguage", r -> r.languages().isEmpty() ? "" : r.languages().get(0)),
            new Column("prs_SecondaryLanguage", r -> r.languages().size() < 2 ? ""
                    : String.join(MULTI, r.languages().subList(1, r.languages().size()))),
            new Column("cb_MigrationStatus", r -> code(MigrationStatus.class, r.migrationStatus(), MigrationStatus::htcdsValue)),
            new Column("vic_AgeWhenTrafficked", r -> number(r.ageWhenTrafficked())),
            new Column("vic_RelationshipToTrafficker",
                    r -> code(RelationshipToTrafficker.class, r.relationshipToTrafficker(), RelationshipToTrafficker::htcdsValue)),
            new Column("vic_TypeOfExploitation", r -> codes(ExploitationType.class, r.exploitationTypes(), ExploitationType::htcdsValue)),
            new Column("vic_TypeOfSexExploitation",
                    r -> codes(SexExploitationType.class, r.sexExploitationTypes(), SexExploitationType::htcdsValue)),
            new Column("vic_ForcedLabourIndustry",
                    r -> code(ForcedLabourIndustry.class, r.forcedLabourIndustry(), ForcedLabourIndustry::htcdsValue)),
            new Column("vic_MethodsOfControl", r -> codes(MethodOfControl.class, r.methodsOfControl(), MethodOfControl::htcdsValue)),
            new Column("vic_MethodOfRecruitment",
                    r -> codes(MethodOfRecruitment.class, r.methodsOfRecruitment(), MethodOfRecruitment::htcdsValue)),
            new Column("vic_RecruitmentWebsitesAndApps", r -> codes(WebsiteOrApp.class, r.recruitmentApps(), WebsiteOrApp::htcdsValue)),
            new Column("vic_ExploitationWebsitesAndApps", r -> codes(WebsiteOrApp.class, r.exploitationApps(), WebsiteOrApp::htcdsValue)),
            new Column("cb_CountryOfExploitation", r -> String.join(MULTI, r.exploitationCountries())));

    private static final List<Column> NAMES = List.of(
            new Column("prs_FirstName", r -> r.identity().givenName()),
            new Column("prs_SecondName", r -> r.identity().familyName()));
    private static final List<Column> BIRTH_DATE = List.of(new Column("prs_Birthdate", r -> date(r.birthDate())));
    private static final List<Column> CONTACT = List.of(
            new Column("prs_MobilePhone", r -> r.identity().phone()),
            new Column("prs_Email", r -> r.identity().email()),
            new Column("prs_MailingStreet", r -> r.identity().address()));

    private HtcdsColumns() {
    }

    /** The columns of an export with these identifying fields ticked. */
    public static List<Column> of(java.util.Set<IdentifyingField> identifying) {
        List<Column> columns = new ArrayList<>(ALWAYS);
        if (identifying.contains(IdentifyingField.NAMES)) {
            columns.addAll(NAMES);
        }
        if (identifying.contains(IdentifyingField.BIRTH_DATE)) {
            columns.addAll(BIRTH_DATE);
        }
        if (identifying.contains(IdentifyingField.CONTACT)) {
            columns.addAll(CONTACT);
        }
        return Collections.unmodifiableList(columns);
    }

    /** The headers of the identifying columns, which appear only when ticked. */
    public static List<String> identifyingHeaders() {
        List<String> h = new ArrayList<>();
        for (List<Column> group : List.of(NAMES, BIRTH_DATE, CONTACT)) {
            group.forEach(c -> h.add(c.header()));
        }
        return h;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static <E extends Enum<E>> String code(Class<E> type, String name, Function<E, String> htcds) {
        if (name == null || name.isBlank()) {
            return "";
        }
        try {
            return htcds.apply(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    private static <E extends Enum<E>> String codes(Class<E> type, List<String> names, Function<E, String> htcds) {
        return String.join(MULTI, names.stream().map(n -> code(type, n, htcds)).toList());
    }
}
