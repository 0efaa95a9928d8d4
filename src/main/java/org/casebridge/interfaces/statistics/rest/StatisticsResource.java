package org.casebridge.interfaces.statistics.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.casebridge.application.statistics.StatisticsService;
import org.casebridge.application.statistics.view.StatisticsTable;
import org.casebridge.domain.model.statistics.StatisticsQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Regional statistics: counts of victims, referrals or cooperation requests by one or two dimensions,
 * with small-cell protection (every figure below k suppressed, with complementary suppression; a
 * suppressed figure has no number). Analysts count over every country, supervisors and focal points
 * over their country, caseworkers over their agency; partners and administrators are refused.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Operation(operationId = "getStatistics", summary = "A protected statistics table: subject (victims, referrals, cooperation), rows and "
            + "optionally columns (dimension keys), yearFrom and yearTo (whole years), country (a code); at most two of rows, columns, "
            + "a year filter and a country filter")
    public StatisticsTable table(@QueryParam("subject") String subject, @QueryParam("rows") String rows,
            @QueryParam("columns") String columns, @QueryParam("yearFrom") String yearFrom, @QueryParam("yearTo") String yearTo,
            @QueryParam("country") String country) {
        return statistics.table(StatisticsQuery.parse(subject, rows, columns, yearFrom, yearTo, country));
    }
}
