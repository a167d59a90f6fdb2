package vn.tiepdan.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/compliance")
@Tag(name = "Compliance", description = "Whether the heads received citizens as often as the law and the "
        + "\"Buổi sáng với Nhân dân\" programme require.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN,
    Roles.INTEGRATOR})
public class ComplianceResource {
    private final ComplianceService service;

    ComplianceResource(ComplianceService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getCompliance", summary = "Reception compliance of the heads",
            description = "Per head in office in the caller's scope (or of one unit): sessions scheduled, held in "
                    + "person, delegated, cancelled, postponed, missed and late, and each obligation rule "
                    + "(SCHED.CT_XA, SCHED.CT_TINH, SCHED.THU_TRUONG_CQHCNN, SCHED.BSVND) over its complete "
                    + "periods. Default period: the current month; at most 366 days (else 400 naming to).")
    @APIResponse(responseCode = "200", description = "The report.")
    public ComplianceView.Report get(
            @Parameter(description = "Only the head(s) of this unit id.") @QueryParam("unit") UUID unit,
            @Parameter(description = "First day (YYYY-MM-DD); default the first of this month.",
                    example = "2026-10-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD); default the end of from's month.",
                    example = "2026-10-31") @QueryParam("to") LocalDate to) {
        return service.report(unit, from, to);
    }
}
