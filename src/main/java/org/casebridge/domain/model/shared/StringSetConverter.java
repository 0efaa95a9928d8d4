package org.casebridge.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Stores a small set of codes (ISO country or language codes) in one comma-separated column. */
@Converter
public class StringSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        Set<String> set = new LinkedHashSet<>();
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(set::add);
        }
        return set;
    }
}
