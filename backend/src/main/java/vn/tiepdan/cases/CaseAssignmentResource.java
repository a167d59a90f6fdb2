package vn.tiepdan.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.cases.CaseAssignmentService.AssignRequest;
import vn.tiepdan.cases.CaseAssignmentService.Assigned;
import vn.tiepdan.cases.CaseAssignmentService.AssignmentView;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Case handling", description = "Assignment, transfer, documents and the audited identity reveal of "
        + "cases (hồ sơ vụ việc). A denouncer's identity is returned only by the audited reveal.")
@Produces(MediaType.APPLICATION_JSON)
public class CaseAssignmentResource {


    private final CaseAssignmentService service;

    CaseAssignmentResource(CaseAssignmentService service) {
        this.service = service;
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_LEADER)
    @Operation(operationId = "assignCase", summary = "Assign a handler or verifier",
            description = "The unit leader assigns an official of the case's unit subtree (with an account). The "
                    + "previous open assignment of the role ends; for HANDLER the case's handler changes. 404 outside "
                    + "the scope, 403 on a read-only trace of a transferred case, 409 on a stale version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignRequest.class), examples = @ExampleObject(name = "handler",
                    value = "{\"version\":2,\"username\":\"xuly.tranbien\",\"role\":\"HANDLER\","
                            + "\"reason\":\"Phân công xử lý\"}")))
    @APIResponse(responseCode = "200", description = "The assignment and the case's new version.")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope.")
    @APIResponse(responseCode = "409", description = "Stale version, or a closed case.")
    public Assigned assign(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull AssignRequest request) {
        return service.assign(id, request);
    }

    @GET
    @Path("/{id}/assignments")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
        Roles.INTEGRATOR, Roles.INSPECTOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listCaseAssignments", summary = "List a case's assignments",
            description = "Handlers and verifiers with their history, oldest first.")
    @APIResponse(responseCode = "200", description = "The assignments.")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope.")
    public List<AssignmentView> assignments(@Parameter(description = "Id of the case.") @PathParam("id") UUID id) {
        return service.list(id);
    }
}
