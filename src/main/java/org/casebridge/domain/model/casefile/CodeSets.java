package org.casebridge.domain.model.casefile;

import jakarta.persistence.Converter;
import org.casebridge.domain.model.shared.EnumSetConverter;

/** Column converters for the multi-select code lists of a case. */
public final class CodeSets {

    private CodeSets() {
    }

    @Converter
    public static class SexExploitationTypes extends EnumSetConverter<SexExploitationType> {
        public SexExploitationTypes() {
            super(SexExploitationType.class);
        }
    }

    @Converter
    public static class MethodsOfControl extends EnumSetConverter<MethodOfControl> {
        public MethodsOfControl() {
            super(MethodOfControl.class);
        }
    }

    @Converter
    public static class MethodsOfRecruitment extends EnumSetConverter<MethodOfRecruitment> {
        public MethodsOfRecruitment() {
            super(MethodOfRecruitment.class);
        }
    }

    @Converter
    public static class WebsitesAndApps extends EnumSetConverter<WebsiteOrApp> {
        public WebsitesAndApps() {
            super(WebsiteOrApp.class);
        }
    }

    @Converter
    public static class PerpetratorRoles extends EnumSetConverter<PerpetratorRole> {
        public PerpetratorRoles() {
            super(PerpetratorRole.class);
        }
    }
}
