package org.casebridge.application.audit;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application service whose every public method must put at least one entry on the audit
 * trail when it completes normally; one that does not fails (and its transaction rolls back).
 * Methods exempted on purpose carry {@link NotAudited} with the reason.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AuditedService {
}
