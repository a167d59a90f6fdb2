package vn.tiepdan.shared.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Exists only in the tests: a create endpoint whose write can be slowed down or made to die mid-request (the
 * database connection killed, or a bug), to prove what Idempotency-Key does with each.
 */
@Path("/api/v1/test-idempotency")
@PermitAll
public class IdempotencyProbeResource {
    /** What the next request does: null (works), "db" (its database connection dies), "bug" (throws). */
    static final AtomicReference<String> FAIL_NEXT = new AtomicReference<>();
    static volatile long sleepMillis;

    public record Note(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) String text) {
    }

    private final Notes notes;

    IdempotencyProbeResource(Notes notes) {
        this.notes = notes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@jakarta.validation.Valid @jakarta.validation.constraints.NotNull Note note)
            throws InterruptedException {
        UUID id = notes.create(note.text(), FAIL_NEXT.getAndSet(null));
        return Response.created(URI.create("/api/v1/test-idempotency/" + id)).entity(Map.of("id", id.toString()))
                .build();
    }

    @ApplicationScoped
    public static class Notes {
        private final EntityManager em;

        Notes(EntityManager em) {
            this.em = em;
        }

        @Transactional
        UUID create(String text, String fail) throws InterruptedException {
            em.createNativeQuery("create table if not exists test_idempotency_note (id uuid primary key, text text)")
                    .executeUpdate();
            UUID id = UUID.randomUUID();
            em.createNativeQuery("insert into test_idempotency_note (id, text) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, text).executeUpdate();
            if (sleepMillis > 0) {
                Thread.sleep(sleepMillis);
            }
            if ("db".equals(fail)) {
                em.createNativeQuery("select pg_terminate_backend(pg_backend_pid())").getResultList();
            } else if ("bug".equals(fail)) {
                throw new IllegalStateException("a bug after the write");
            }
            return id;
        }
    }
}
