package vn.tiepdan.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource that exists only in the tests, to drive the outage rows of the problem mapping table. */
@Path("/api/v1/test-outage")
@PermitAll
@Produces(MediaType.TEXT_PLAIN)
public class OutageTestResource {
    private final EntityManager em;

    OutageTestResource(EntityManager em) {
        this.em = em;
    }

    /** A query that runs past this session's statement timeout: PostgreSQL cancels it (SQLState 57014). */
    @GET
    @Path("/slow")
    @Transactional
    public String slow() {
        em.createNativeQuery("set local statement_timeout = '300ms'").executeUpdate();
        em.createNativeQuery("select pg_sleep(3)").getSingleResult();
        return "slept";
    }

    /** The smallest read of the database. */
    @GET
    @Path("/db")
    @Transactional
    public String db() {
        return String.valueOf(em.createNativeQuery("select 1").getSingleResult());
    }
}
