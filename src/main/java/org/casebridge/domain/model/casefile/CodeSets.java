package org.casebridge.domain.model.casefile;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.casebridge.domain.model.shared.EnumSetConverter;

/**
 * Column converters for the multi-select code lists of a case. Each names {@code AttributeConverter}
 * itself: EclipseLink takes the column type from the last type argument in the converter class's own
 * generic signature, which for a bare {@code extends EnumSetConverter<X>} is the enum, not String.
 */
public final class CodeSets {

    private CodeSets() {
    }

    @Converter
    public static class SexExploitationTypes extends EnumSetConverter<SexExploitationType>
            implements AttributeConverter<Set<SexExploitationType>, String> {
        public SexExploitationTypes() {
            super(SexExploitationType.class);
        }
    }

    @Converter
    public static class MethodsOfControl extends EnumSetConverter<MethodOfControl>
            implements AttributeConverter<Set<MethodOfControl>, String> {
        public MethodsOfControl() {
            super(MethodOfControl.class);
        }
    }

    @Converter
    public static class MethodsOfRecruitment extends EnumSetConverter<MethodOfRecruitment>
            implements AttributeConverter<Set<MethodOfRecruitment>, String> {
        public MethodsOfRecruitment() {
            super(MethodOfRecruitment.class);
        }
    }

    @Converter
    public static class WebsitesAndApps extends EnumSetConverter<WebsiteOrApp>
            implements AttributeConverter<Set<WebsiteOrApp>, String> {
        public WebsitesAndApps() {
            super(WebsiteOrApp.class);
        }
    }

    @Converter
    public static class PerpetratorRoles extends EnumSetConverter<PerpetratorRole>
            implements AttributeConverter<Set<PerpetratorRole>, String> {
        public PerpetratorRoles() {
            super(PerpetratorRole.class);
        }
    }
}
