package org.casebridge.interfaces.shared.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request parameter or body refused by Bean Validation: 400 naming each offending parameter (the
 * last property or parameter of the violation's path, e.g. {@code size}). Registered for this exact
 * type so that it answers before the JAX-RS implementation's own mapper.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return response(e);
    }

    static Response response(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.putIfAbsent(name(v.getPropertyPath()), v.getMessage());
        }
        return Problem.response(400, "Bad Request", "Some fields are not valid.", errors);
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
