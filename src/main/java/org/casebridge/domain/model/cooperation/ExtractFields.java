package org.casebridge.domain.model.cooperation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.casebridge.domain.model.shared.EnumSetConverter;

/** Column converter for the extract's chosen fields (see {@code CodeSets} in the case context for why it names the interface). */
@Converter
public class ExtractFields extends EnumSetConverter<ExtractField> implements AttributeConverter<Set<ExtractField>, String> {
    public ExtractFields() {
        super(ExtractField.class);
    }
}
