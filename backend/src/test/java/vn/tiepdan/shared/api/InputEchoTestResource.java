package vn.tiepdan.shared.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A resource that exists only in the tests, to drive the domain-wide input rules (InputDomain). */
@Path("/api/v1/test-input")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class InputEchoTestResource {

    public record Probe(String text, LocalDate day, Instant at, Integer version, List<String> tags) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Probe echo(@Valid @NotNull Probe probe) {
        return probe;
    }

    @GET
    public String day(@QueryParam("day") LocalDate day) {
        return String.valueOf(day);
    }
}
