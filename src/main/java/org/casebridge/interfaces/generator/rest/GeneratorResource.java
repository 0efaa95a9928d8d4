package org.casebridge.interfaces.generator.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.casebridge.application.generator.GeneratorService;
import org.casebridge.domain.model.casefile.SyntheticCases;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/admin/generator?cases=N}: adds N synthetic cases (admin, demo installations with
 * {@code casebridge.generator.enabled=true} only; 404 everywhere else). Answers when the run is done.
 */
@Path("admin/generator")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class GeneratorResource {

    @Inject
    GeneratorService generator;

    /** What a run added. */
    public record GeneratedDto(int cases, int victims, int events, int notes, int referrals, int cooperationRequests,
            int cooperationMessages, int agenciesCreated, int caseworkersCreated, int partnersCreated, int focalPointsCreated,
            long millis) {

        static GeneratedDto of(SyntheticCases.Summary s) {
            return new GeneratedDto(s.cases(), s.victims(), s.events(), s.notes(), s.referrals(), s.requests(),
                    s.requestMessages(), s.agenciesCreated(), s.caseworkersCreated(), s.partnersCreated(), s.focalPointsCreated(),
                    s.millis());
        }
    }

    @POST
    @Operation(operationId = "generateCases", summary = "Add N synthetic cases for load tests (admin; demo mode with the generator enabled only)")
    public GeneratedDto generate(@QueryParam("cases") String cases) {
        int n;
        try {
            n = cases == null ? 0 : Integer.parseInt(cases.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        // the service refuses first (404 outside demo, 403 for non-admins), then judges the number (400)
        return GeneratedDto.of(generator.generate(n));
    }
}
