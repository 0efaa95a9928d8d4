package org.casebridge.interfaces.shared.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.casebridge.interfaces.shared.i18n.UserLocale;

/**
 * A request parameter or body refused by Bean Validation: 400 naming each offending parameter (the
 * last property or parameter of the violation's path, e.g. {@code size}). Registered for this exact
 * type so that it answers before the JAX-RS implementation's own mapper.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    @Inject
    UserLocale userLocale;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale language;
        try {
            language = userLocale == null ? Locale.ENGLISH : userLocale.forApi();
        } catch (RuntimeException noRequest) {
            language = Locale.ENGLISH;
        }
        return response(e, language);
    }

    static Response response(ConstraintViolationException e, Locale language) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.putIfAbsent(name(v.getPropertyPath()), message(v, language));
        }
        return Problem.response(400, "Bad Request", Texts.text(language, Message.of("error.fields.invalid")), errors);
    }

    /**
     * A constraint's message in {@code language}: a template that is one key ({@code {error.param.size}}) is read
     * from the screens' bundle, with the constraint's {@code max} (when it has one) as {@code {0}}; any other
     * message (Bean Validation's own keys too) as Bean Validation made it.
     */
    static String message(ConstraintViolation<?> v, Locale language) {
        Matcher key = KEY.matcher(v.getMessageTemplate() == null ? "" : v.getMessageTemplate());
        if (!key.matches()) {
            return v.getMessage();
        }
        Object max = v.getConstraintDescriptor() == null ? null : v.getConstraintDescriptor().getAttributes().get("max");
        String text = max == null ? Texts.text(language, Message.of(key.group(1))) : Texts.text(language, Message.of(key.group(1), max));
        return text.equals(key.group(1)) ? v.getMessage() : text;
    }

    private static String name(Path path) {
        String name = "request";
        for (Path.Node node : path) {
            if ((node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) && node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
