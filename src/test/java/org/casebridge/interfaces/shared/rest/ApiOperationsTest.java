package org.casebridge.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation names itself for client generators: an operationId that is unique in the API,
 * a verb and the record in lower camel case (listCases, addCaseNote), and a summary. A method added
 * without them fails here, before the OpenAPI snapshot and the lint see it; so does a list whose
 * {@code @BeanParam} class {@link ApiDescription#QUERY_PARAMETERS} does not name (its parameters would
 * be missing from the document).
 */
class ApiOperationsTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class);
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+[A-Z][A-Za-z]*");

    @Test
    void everyOperationHasAUniqueMeaningfulIdAndASummary() {
        Map<String, String> seen = new HashMap<>();
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.casebridge.interfaces")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (Method m : c.reflect().getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(m::isAnnotationPresent)) {
                    continue;
                }
                operations++;
                String where = c.getSimpleName() + "." + m.getName();
                Operation op = m.getAnnotation(Operation.class);
                if (op == null || op.summary().isBlank()) {
                    faults.add(where + ": no @Operation summary");
                    continue;
                }
                if (!OPERATION_ID.matcher(op.operationId()).matches()) {
                    faults.add(where + ": operationId '" + op.operationId() + "' is not a verb and a noun in lower camel case");
                }
                Class<?> beanParam = Arrays.stream(m.getParameters()).filter(p -> p.isAnnotationPresent(BeanParam.class))
                        .map(java.lang.reflect.Parameter::getType).findFirst().orElse(null);
                if (beanParam != ApiDescription.QUERY_PARAMETERS.get(op.operationId())) {
                    faults.add(where + ": takes " + (beanParam == null ? "no @BeanParam" : beanParam.getSimpleName())
                            + " but ApiDescription.QUERY_PARAMETERS says " + ApiDescription.QUERY_PARAMETERS.get(op.operationId()));
                }
                String other = seen.put(op.operationId(), where);
                if (other != null) {
                    faults.add(where + ": operationId '" + op.operationId() + "' is also " + other + "'s");
                }
            }
        }
        assertTrue(operations >= 80, "the resources were found: " + operations);
        assertEquals(List.of(), faults);
    }
}
