package org.casebridge.interfaces.shared.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api}: JSON, HTTP Basic or a bearer token, the same application services as
 * the screens. The OpenAPI document's shared parts are declared here (info, licence, tags, the two
 * security schemes, either of which a call may use) and in {@link ApiDescription} (problems, server).
 */
@ApplicationPath("/api")
@DeclareRoles({"caseworker", "focal-point", "partner", "supervisor", "analyst", "admin"})
@OpenAPIDefinition(
        info = @Info(title = "CaseBridge API", version = "1",
                description = "Counter-trafficking case management. Every call is authenticated (HTTP Basic, or an API "
                        + "token as a bearer token) and audited. Changes need the record's ETag in If-Match; every refusal "
                        + "is an application/problem+json document.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")},
        tags = {
            @Tag(name = "admin", description = "Administration tools of demo and test installations (synthetic data)"),
            @Tag(name = "agencies", description = "Agencies: government units and partner organisations, and their services"),
            @Tag(name = "audit", description = "The tamper-evident audit log: entries, security events, chain verification, "
                    + "signed checkpoints and witnesses"),
            @Tag(name = "cases", description = "Trafficking cases: the list, intake, workflow, team and what is recorded in them"),
            @Tag(name = "cooperation-requests", description = "Requests between countries' focal points: extract, answer, "
                    + "messages and attachments"),
            @Tag(name = "countries", description = "The participating countries and their rules"),
            @Tag(name = "dashboard", description = "The caller's home page figures and saved case searches"),
            @Tag(name = "exports", description = "Background exports: HTCDS 2.0 CSV of a country's cases, k-anonymous records for analysts"),
            @Tag(name = "documents", description = "Documents attached to cases and victims: download (always as a file) and voiding"),
            @Tag(name = "notifications", description = "The caller's notifications and e-mail choice"),
            @Tag(name = "referrals", description = "Referrals of a victim to a partner agency's services, from both sides"),
            // Regional statistics (issue 13)
            @Tag(name = "statistics", description = "Counts by one or two dimensions with small-cell protection: never a record"),
            @Tag(name = "users", description = "User accounts: the caller's own and their administration"),
            @Tag(name = "victims", description = "Victims recorded in cases, and their consents")
        })
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "HTTP Basic with the username and password.")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token (Authorization: Bearer <token>), acting with its owner's rights at each request.")
public class RestApplication extends Application {
}
