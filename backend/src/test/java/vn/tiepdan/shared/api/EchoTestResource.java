package vn.tiepdan.shared.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A resource that exists only in the tests, to drive every row of the problem mapping table. */
@Path("/api/v1/test-echo")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class EchoTestResource {

    public record Visitor(@NotBlank String fullName, @Pattern(regexp = "\\d{12}") String idNumber) {
    }

    public record EchoRequest(@NotBlank @Size(max = 20) String title, @NotNull Integer count,
            @Valid List<Visitor> visitors) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public EchoRequest echo(@Valid @NotNull EchoRequest request) {
        return request;
    }

    @GET
    public List<Integer> page(@QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return List.of(size);
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail: SELECT * FROM confidential_identity");
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw new ProblemException(ProblemType.CONFLICT, "problem.conflict.detail");
    }
}
