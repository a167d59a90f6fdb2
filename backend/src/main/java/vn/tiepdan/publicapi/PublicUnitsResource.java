package vn.tiepdan.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.orgunit.PublicDirectory;
import vn.tiepdan.orgunit.PublicUnitView;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;

@Path("/public/v1/units")
@Tag(name = "Public", description = "Open data for citizens, without login and without personal data.")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicUnitsResource {
    private final PublicDirectory directory;

    PublicUnitsResource(PublicDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(operationId = "listPublicUnits", summary = "Unit directory",
            description = "Today's units of the province with their address, public reception phone and the "
                    + "reception places announced to citizens. No login; no personal data (no official names).")
    @APIResponse(responseCode = "200", description = "One page of units.")
    public PageResponse<PublicUnitView> list(
            @Parameter(description = "Text in the name; accent- and case-insensitive.") @QueryParam("q")
            @Size(max = 100) String q,
            @Valid @BeanParam PageParams page) {
        return directory.units(q, page);
    }
}
