package vn.tiepdan.profile;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.orgunit.OrgUnitRepository;
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.security.CurrentUser;

@Path("/api/v1/me")
@Tag(name = "Profile", description = "The signed-in caller.")
@Authenticated
public class MeResource {
    private final CurrentUser user;
    private final OrgUnitRepository units;

    MeResource(CurrentUser user, OrgUnitRepository units) {
        this.user = user;
        this.units = units;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMe", summary = "Who am I",
            description = "The caller's username, name, realm roles and organisation unit, from the access token.")
    @APIResponse(responseCode = "200", description = "The caller.")
    @APIResponse(responseCode = "401", description = "No valid access token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public MeView me() {
        MeView.OrgUnitRef unit = user.orgUnitCode()
                .map(code -> new MeView.OrgUnitRef(code,
                        units.findCurrentByCode(code).map(u -> u.name()).orElse(code)))
                .orElse(null);
        return new MeView(user.username(), user.displayName(), user.roles(), unit);
    }
}
