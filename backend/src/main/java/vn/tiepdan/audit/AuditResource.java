package vn.tiepdan.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail (auditor and admin only).")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditResource {
    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "List audit events",
            description = "Audit events, newest first, filtered by entity, actor, action and date range.")
    @APIResponse(responseCode = "200", description = "One page of events.")
    public PageResponse<AuditEventView> list(
            @Parameter(description = "Kind of record, e.g. ORG_UNIT, OFFICIAL.") @QueryParam("entityType")
            @Size(max = 64) String entityType,
            @Parameter(description = "Id of the record.") @QueryParam("entityId") @Size(max = 64) String entityId,
            @Parameter(description = "Username of the actor.") @QueryParam("actor") @Size(max = 255) String actor,
            @Parameter(description = "Action, e.g. CREATE, UPDATE, CLOSE, IMPORT, VIEW.") @QueryParam("action")
            @Size(max = 64) String action,
            @Parameter(description = "First day (YYYY-MM-DD, Asia/Ho_Chi_Minh), inclusive.") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD, Asia/Ho_Chi_Minh), inclusive.") @QueryParam("to")
            LocalDate to,
            @Valid @BeanParam PageParams page) {
        return audit.list(new AuditQuery(entityType, entityId, actor, action, from, to), page);
    }

    @GET
    @Path("/verify")
    @Operation(operationId = "verifyAuditChain", summary = "Verify the audit chain",
            description = "Recomputes the hash of every event and checks each link to the previous event. Reports "
                    + "the first broken event when a row was altered or removed behind the application's back.")
    @APIResponse(responseCode = "200", description = "The result of the verification.")
    public ChainVerification verify() {
        return audit.verify();
    }
}
