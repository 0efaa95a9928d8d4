package org.casebridge.interfaces.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Reads every JSON request body of the API into its input record, with the types the record
 * declares and nothing else: text only from a JSON string, a whole number only from a JSON number
 * without a fraction (and within range), true/false only from a JSON boolean, a list only from a
 * JSON array, a nested record only from a JSON object; a property the record does not have is
 * refused. Every problem is collected under the property's path ({@code victim.estimatedAge},
 * {@code consents[0].scope}; {@code body} for the document as a whole) and answered as one 400.
 * An empty body reads as null, so that each resource can say what it needs.
 *
 * <p>JSON-B (Yasson) alone would read {@code 17.5} as 17 and {@code 42} as the text "42"; it is
 * still used, through {@link JsonConfig}, for values of other types such as timestamps.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** A property name worth echoing in an error; anything else is reported on the enclosing object. */
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Jsonb jsonb = new JsonConfig().getContext(Object.class);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entityStream, 1);
        int first = in.read();
        while (first != -1 && Character.isWhitespace(first)) {
            first = in.read();
        }
        if (first == -1) {
            return null;
        }
        in.unread(first);
        JsonValue document;
        try (JsonParser parser = Json.createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            parser.next();
            document = parser.getValue();
            if (parser.hasNext()) {
                throw ValidationException.of("body", "error.common.body");
            }
        } catch (ValidationException e) {
            throw e;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw ValidationException.of("body", "error.common.body2");
        } catch (RuntimeException tooDeep) {
            // Parsson refuses nesting past its depth limit with a bare RuntimeException.
            throw ValidationException.of("body", "error.common.body3");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        Object value = read(type, type, document, "", errors);
        errors.throwIfAny();
        return type.cast(value);
    }

    private Object read(Class<?> type, Type generic, JsonValue json, String path, ValidationException.Collector errors) {
        String field = path.isEmpty() ? "body" : path;
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            if (type.isPrimitive()) {
                errors.add(field, "error.json.required");
            }
            return null;
        }
        if (type == String.class) {
            if (json instanceof JsonString s) {
                return s.getString();
            }
            errors.add(field, "error.json.text");
            return null;
        }
        if (type == Integer.class || type == int.class) {
            BigDecimal n = whole(json, INT_MIN, INT_MAX, field, errors);
            return n == null ? null : n.intValueExact();
        }
        if (type == Long.class || type == long.class) {
            BigDecimal n = whole(json, LONG_MIN, LONG_MAX, field, errors);
            return n == null ? null : n.longValueExact();
        }
        if (type == Boolean.class || type == boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE) {
                return json.getValueType() == JsonValue.ValueType.TRUE;
            }
            errors.add(field, "error.json.boolean");
            return null;
        }
        if (type == List.class || type == Set.class) {
            return collection(type, generic, json, path, field, errors);
        }
        if (type.isRecord()) {
            return record(type, json, path, field, errors);
        }
        return other(type, generic, json, field, errors);
    }

    /** Compared as decimals, so that a number of a million digits costs nothing to refuse. */
    private static BigDecimal whole(JsonValue json, BigDecimal min, BigDecimal max, String field,
            ValidationException.Collector errors) {
        if (json instanceof JsonNumber n && n.isIntegral()) {
            BigDecimal value = n.bigDecimalValue();
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                return value;
            }
            errors.add(field, "error.json.range");
            return null;
        }
        errors.add(field, "error.json.whole");
        return null;
    }

    private Object collection(Class<?> type, Type generic, JsonValue json, String path, String field,
            ValidationException.Collector errors) {
        if (!(json instanceof JsonArray array)) {
            errors.add(field, "error.json.list");
            return null;
        }
        Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        Class<?> elementClass = raw(element);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            // errors of a scalar element name the list; those inside an object element name the element
            String elementPath = elementClass.isRecord() ? path + "[" + i + "]" : path;
            values.add(read(elementClass, element, array.get(i), elementPath, errors));
        }
        return type == Set.class ? new LinkedHashSet<>(values) : values;
    }

    private Object record(Class<?> type, JsonValue json, String path, String field, ValidationException.Collector errors) {
        if (!(json instanceof JsonObject object)) {
            errors.add(field, "error.json.object");
            return null;
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
        }
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                errors.add(PROPERTY_NAME.matcher(name).matches() ? prefix + name : field,
                        "error.json.unknown");
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonValue v = object.get(c.getName());
            args[i] = v == null ? (c.getType().isPrimitive() ? missingPrimitive(c, prefix, errors) : null)
                    : read(c.getType(), c.getGenericType(), v, prefix + c.getName(), errors);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return construct(type, types, args);
    }

    private static Object missingPrimitive(RecordComponent c, String prefix, ValidationException.Collector errors) {
        errors.add(prefix + c.getName(), "error.json.required");
        return null;
    }

    private static Object construct(Class<?> type, Class<?>[] types, Object[] args) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** Any other type (a timestamp, say) as JSON-B reads it, refused under its path when it does not fit. */
    private Object other(Class<?> type, Type generic, JsonValue json, String field, ValidationException.Collector errors) {
        try {
            return jsonb.fromJson(new StringReader(json.toString()), generic);
        } catch (JsonbException | JsonException e) {
            errors.add(field, "error.json.value");
            return null;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
