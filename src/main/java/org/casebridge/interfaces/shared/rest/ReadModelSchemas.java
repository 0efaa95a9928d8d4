package org.casebridge.interfaces.shared.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Component schemas for the read models that resource methods answer inside a {@code Response} (to set
 * the ETag or Location), which Payara's scanner does not describe: such a method names its answer with
 * {@code @Schema(ref = "CaseSheet")} and {@link ApiDescription#ANSWERS} lists the record. The schema
 * follows the JSON the API writes (JSON-B over the record's components): numbers as integers, dates
 * and instants as strings, enums as their names, collections as arrays; a schema of the same name
 * already in the document (one Payara made, an enum for example) is referred to, not replaced.
 */
final class ReadModelSchemas {

    private static final String REF = "#/components/schemas/";

    private final Components components;
    private final Map<String, Class<?>> made = new HashMap<>();

    ReadModelSchemas(Components components) {
        this.components = components;
    }

    /** Adds {@code type}'s schema (and those of the records and enums it holds) unless the document has one. */
    void add(Class<?> type) {
        ref(type);
    }

    private Schema ref(Class<?> type) {
        String name = type.getSimpleName();
        Map<String, Schema> existing = components.getSchemas();
        if (made.containsKey(name) || (existing != null && existing.containsKey(name))) {
            if (made.containsKey(name) && made.get(name) != type) {
                throw new IllegalStateException("Two read models named " + name + ": " + made.get(name) + ", " + type);
            }
            return OASFactory.createSchema().ref(REF + name);
        }
        made.put(name, type);
        Schema schema;
        if (type.isEnum()) {
            schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            for (Object constant : type.getEnumConstants()) {
                schema.addEnumeration(((Enum<?>) constant).name());
            }
        } else {
            schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
            for (RecordComponent c : type.getRecordComponents()) {
                schema.addProperty(c.getName(), of(c.getGenericType()));
            }
        }
        components.addSchema(name, schema);
        return OASFactory.createSchema().ref(REF + name);
    }

    /**
     * Gives back the type of {@code record}'s collection and map properties where the scanned schema lost it. Payara's
     * scanner describes a property whose type two records share (a {@code List<ExploitationType>}, a
     * {@code Map<String, String>}) fully in one of them and without its type in the other, and which one depends on
     * the order it meets the classes in (the order of the WAR's entries): the served document changed between two
     * builds of the same code. Such a property is described again from the record, so the document is the same
     * whatever the order.
     */
    void repair(Class<?> record) {
        Map<String, Schema> existing = components.getSchemas();
        Schema schema = existing == null || !record.isRecord() ? null : existing.get(record.getSimpleName());
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            Schema scanned = schema.getProperties().get(c.getName());
            boolean untyped = scanned != null && scanned.getRef() == null && (scanned.getType() == null || scanned.getType().isEmpty());
            if (untyped && (Collection.class.isAssignableFrom(c.getType()) || Map.class.isAssignableFrom(c.getType()))) {
                schema.addProperty(c.getName(), of(c.getGenericType()));
            }
        }
    }

    private Schema of(Type generic) {
        if (generic instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(of(p.getActualTypeArguments()[0]));
        }
        if (generic instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(of(p.getActualTypeArguments()[1]));
        }
        Class<?> type = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (type == long.class || type == Long.class) {
            return scalar(Schema.SchemaType.INTEGER, "int64");
        }
        if (type == int.class || type == Integer.class) {
            return scalar(Schema.SchemaType.INTEGER, "int32");
        }
        if (type == boolean.class || type == Boolean.class) {
            return scalar(Schema.SchemaType.BOOLEAN, null);
        }
        if (type == double.class || type == Double.class) {
            return scalar(Schema.SchemaType.NUMBER, "double");
        }
        if (type == String.class) {
            return scalar(Schema.SchemaType.STRING, null);
        }
        if (type == LocalDate.class) {
            return scalar(Schema.SchemaType.STRING, "date");
        }
        if (type == Instant.class) {
            return scalar(Schema.SchemaType.STRING, "date-time");
        }
        if (type.isEnum() || type.isRecord()) {
            return ref(type);
        }
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
    }

    private static Schema scalar(Schema.SchemaType type, String format) {
        Schema s = OASFactory.createSchema().addType(type);
        return format == null ? s : s.format(format);
    }
}
