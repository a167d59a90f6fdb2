package vn.tiepdan.orgunit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test only: an update that loses the race at the database. The unit is read, another transaction bumps its
 * version meanwhile, then this one changes it: Hibernate's version check fails at flush (?flush=true) or at commit.
 */
@Path("/api/v1/test-stale-org-unit")
@PermitAll
@Produces(MediaType.TEXT_PLAIN)
public class StaleOrgUnitTestResource {
    private final EntityManager em;
    private final java.time.Clock clock;

    StaleOrgUnitTestResource(EntityManager em, java.time.Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @GET
    @Transactional
    public String lose(@QueryParam("flush") boolean flush) {
        OrgUnit unit = em.createQuery("from OrgUnit order by code desc", OrgUnit.class).setMaxResults(1)
                .getSingleResult();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update org_unit set version = version + 1 where id = :id").setParameter("id", unit.id())
                .executeUpdate());
        unit.touch(clock.instant(), "stale-test");
        if (flush) {
            em.flush();
        }
        return unit.id() + " " + unit.version();
    }

    /** The stored version of the unit the endpoint above picks. */
    @GET
    @Path("/version")
    @Transactional
    public String version() {
        return String.valueOf(em.createNativeQuery(
                "select version from org_unit order by code desc limit 1").getSingleResult());
    }
}
