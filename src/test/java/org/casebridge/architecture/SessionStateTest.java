package org.casebridge.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a cluster replicates with a web session (issue 14): every session- and view-scoped bean, and what
 * its fields hold, must serialise, and no entity may be among it (it would carry personal data and a
 * stale state to the other member). Injected beans are proxies or serialisable helpers and are left
 * out; transient fields are not replicated and are read again where they are used.
 */
class SessionStateTest {

    @Test
    void sessionAndViewScopedBeansHoldOnlySerializableStateAndNoEntity() throws Exception {
        List<String> problems = new ArrayList<>();
        int beans = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.casebridge")) {
            if (!c.isAnnotatedWith(ViewScoped.class) && !c.isAnnotatedWith(SessionScoped.class)) {
                continue;
            }
            beans++;
            Class<?> bean = Class.forName(c.getName(), false, getClass().getClassLoader());
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> k = bean; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    check(f.getGenericType(), bean.getSimpleName() + "." + f.getName(), problems, new HashSet<>());
                }
            }
        }
        assertTrue(beans > 20, "found only " + beans + " session- and view-scoped beans");
        assertEquals(List.of(), problems);
    }

    /** Checks {@code type}, its type arguments, and the fields of CaseBridge's own classes it names, once each. */
    private static void check(Type type, String where, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw) && raw != Optional.class) {
                check(raw, where, problems, seen);
            }
            if (raw == Optional.class) {
                problems.add(where + " is an Optional, which does not serialise");
            }
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, problems, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where, problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                check(c.getComponentType(), where, problems, seen);
            } else if (c.isAnnotationPresent(Entity.class)) {
                problems.add(where + " holds the entity " + c.getSimpleName());
            } else if (!c.isPrimitive() && !Serializable.class.isAssignableFrom(c) && !c.isInterface() && c != Object.class) {
                problems.add(where + " holds " + c.getName() + ", which is not Serializable");
            } else if (c.isInterface() && !Serializable.class.isAssignableFrom(c)
                    && !Collection.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c)) {
                problems.add(where + " holds the interface " + c.getName() + ", which does not promise to serialise");
            } else if (c.getName().startsWith("org.casebridge.") && !c.isEnum() && seen.add(c)) {
                // a table model's rows (LazyDataModel<AuditEntry> keeps the rows it loaded)
                if (c.getGenericSuperclass() instanceof ParameterizedType superType) {
                    for (Type argument : superType.getActualTypeArguments()) {
                        check(argument, where, problems, seen);
                    }
                }
                // the fields CaseBridge declares (a library's own superclass is its business)
                for (Class<?> k = c; k != null && k.getName().startsWith("org.casebridge."); k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                            check(f.getGenericType(), where + "." + f.getName(), problems, seen);
                        }
                    }
                }
            }
        }
    }
}
