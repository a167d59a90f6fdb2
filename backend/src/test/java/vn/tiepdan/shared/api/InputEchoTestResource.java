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

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** Hands the text to the database as a date: the safety net (DataErrors) for a rule missing in a request. */
    @GET
    @Path("/database-date")
    @jakarta.transaction.Transactional
    public String databaseDate(@QueryParam("text") String text) {
        return String.valueOf(em.createNativeQuery("select cast(cast(?1 as text) as date)").setParameter(1, text)
                .getSingleResult());
    }

    @GET
    public String day(@QueryParam("day") LocalDate day) {
        return String.valueOf(day);
    }
}
