package org.casebridge.interfaces.audit.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casebridge.application.audit.WitnessOutcome;
import org.casebridge.application.audit.WitnessRun;
import org.casebridge.application.audit.WitnessService;
import org.casebridge.interfaces.shared.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** This installation as a witness of others: witness now, and the copy it holds of each source's checkpoints. */
@Path("audit/witness")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class WitnessResource {

    @Inject
    WitnessRun run;

    @Inject
    WitnessService witnesses;

    @POST
    @Path("run")
    @Operation(operationId = "runWitness", summary = "Fetch, check, store and countersign the new checkpoints of every configured source now (administrators); ALARM when a source contradicts the copy held here, UNREACHABLE when it does not answer")
    public List<WitnessOutcome> runNow() {
        return run.runNow();
    }

    @GET
    @Path("sources/{source}/checkpoints")
    @Operation(operationId = "getWitnessedCheckpoints", summary = "The copy held here of a source's checkpoints, lowest sequence first, with the source's pinned key: give the items to that installation's verifier; continue with after=next")
    public WitnessedCopyDto copy(@PathParam("source") String source, @Valid @BeanParam PageParams params) {
        WitnessService.Copy copy = witnesses.copy(source, params.afterId(), params.pageSize());
        return new WitnessedCopyDto(source, copy.items().stream()
                .map(w -> WitnessedCopyDto.Item.of(w, copy.publicKey())).toList(), copy.next());
    }
}
