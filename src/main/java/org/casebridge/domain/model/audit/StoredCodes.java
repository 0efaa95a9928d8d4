package org.casebridge.domain.model.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * How an audit entry's codes are stored: the constant's name. A stored value that names no constant
 * (written behind the application's back) is read as null rather than failing the read, so that the
 * log can still be shown and the verifier reports that entry, by its sequence, as not valid.
 */
public final class StoredCodes {

    private StoredCodes() {
    }

    static <E extends Enum<E>> E read(Class<E> type, String stored) {
        if (stored == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(stored)) {
                return constant;
            }
        }
        return null;
    }

    @Converter
    public static class Action implements AttributeConverter<AuditAction, String> {
        @Override
        public String convertToDatabaseColumn(AuditAction value) {
            return value == null ? null : value.name();
        }

        @Override
        public AuditAction convertToEntityAttribute(String stored) {
            return read(AuditAction.class, stored);
        }
    }

    @Converter
    public static class Outcome implements AttributeConverter<AuditOutcome, String> {
        @Override
        public String convertToDatabaseColumn(AuditOutcome value) {
            return value == null ? null : value.name();
        }

        @Override
        public AuditOutcome convertToEntityAttribute(String stored) {
            return read(AuditOutcome.class, stored);
        }
    }
}
