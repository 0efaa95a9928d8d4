package org.casebridge.interfaces.dashboard.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casebridge.application.dashboard.DashboardService;
import org.casebridge.application.dashboard.view.Dashboard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's home page figures, as the home screen shows them. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboard")
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @Operation(operationId = "getDashboard", summary = "The caller's own home page figures, one section per role, each with the list and filter behind it")
    public Dashboard mine() {
        return dashboards.mine();
    }
}
