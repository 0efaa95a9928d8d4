package org.casebridge.interfaces.shared.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}: JSON, HTTP Basic, the same application services as the screens. */
@ApplicationPath("/api")
@DeclareRoles({"caseworker", "focal-point", "partner", "supervisor", "analyst", "admin"})
@OpenAPIDefinition(info = @Info(title = "CaseBridge API", version = "1",
        description = "Counter-trafficking case management. Every call is authenticated (HTTP Basic) and audited."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
