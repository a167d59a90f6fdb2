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
import vn.tiepdan.cases.CaseTransferService.TransferRequest;
import vn.tiepdan.cases.CaseTransferService.TransferView;
import vn.tiepdan.cases.CaseTransferService.Transferred;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Case handling")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTransferResource {
    private final CaseTransferService service;

    CaseTransferResource(CaseTransferService service) {
        this.service = service;
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_LEADER)
    @Operation(operationId = "transferCase", summary = "Transfer a case",
            description = "To a unit of the tree (toUnitId: the case, its running deadlines and the inbox entry "
                    + "move; the handler is cleared; the sender keeps a read-only trace; the receiving unit's head "
                    + "and deputies are notified) or to an external body (externalBody: only a denunciation in "
                    + "INTAKE_CHECK or a petition/feedback in RECEIVED; the case ends TRANSFERRED). A denunciation "
                    + "travels as a redacted copy (Luật Tố cáo Art. 56(2)).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransferRequest.class), examples = {
                @ExampleObject(name = "internal", value = "{\"version\":3,\"toUnitId\":"
                        + "\"00000000-0000-4000-8000-000000000007\",\"slipNo\":\"15/PC-UBND\",\"formCode\":"
                        + "\"TT05/2021-M04\",\"reason\":\"Thuộc thẩm quyền của UBND xã Phú Lý\"}"),
                @ExampleObject(name = "external", value = "{\"version\":1,\"externalBody\":\"Công an tỉnh Đồng Nai\","
                        + "\"slipNo\":\"16/PC-UBND\",\"reason\":\"Có dấu hiệu tội phạm\"}")}))
    @APIResponse(responseCode = "200", description = "The transfer and the case's new state.")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope.")
    @APIResponse(responseCode = "409", description = "Stale version, or the state allows no such transfer.")
    public Transferred transfer(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull TransferRequest request) {
        return service.transfer(id, request);
    }

    @GET
    @Path("/{id}/transfers")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
        Roles.INTEGRATOR, Roles.INSPECTOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listCaseTransfers", summary = "List a case's transfers",
            description = "Every transfer of the case, oldest first; readable by the sender's trace as well.")
    @APIResponse(responseCode = "200", description = "The transfers.")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope.")
    public List<TransferView> transfers(@Parameter(description = "Id of the case.") @PathParam("id") UUID id) {
        return service.list(id);
    }
}
