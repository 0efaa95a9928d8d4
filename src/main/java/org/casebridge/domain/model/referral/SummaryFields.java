package org.casebridge.domain.model.referral;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.shared.EnumSetConverter;

/** Column converters for the referral's sets of codes (see {@code CodeSets} in the case context for why each names the interface). */
public final class SummaryFields {

    private SummaryFields() {
    }

    @Converter
    public static class Fields extends EnumSetConverter<SummaryField> implements AttributeConverter<Set<SummaryField>, String> {
        public Fields() {
            super(SummaryField.class);
        }
    }

    @Converter
    public static class Services extends EnumSetConverter<ServiceType> implements AttributeConverter<Set<ServiceType>, String> {
        public Services() {
            super(ServiceType.class);
        }
    }
}
