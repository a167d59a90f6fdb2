package vn.tiepdan.shared.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.hibernate.StaleObjectStateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jboss.logging.Logger;

/**
 * The current version of a row whose update lost a race at the database (Hibernate's version check at flush or
 * commit: StaleObjectStateException, wrapped in OptimisticLockException), read in a new transaction so that this
 * 409 carries currentVersion just like the services' own check (ProblemException.staleVersion).
 */
@ApplicationScoped
public class StaleVersions {
    private static final Logger LOG = Logger.getLogger(StaleVersions.class);

    private final EntityManager em;

    StaleVersions(EntityManager em) {
        this.em = em;
    }

    /** The stored version of the entity named by the exception chain, if it names one and the row still exists. */
    public Optional<Long> current(Throwable e) {
        Target target = target(e);
        if (target == null || !BlockingOperationControl.isBlockingAllowed()) {
            return Optional.empty();
        }
        try {
            Object version = QuarkusTransaction.requiringNew().call(() -> {
                SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
                EntityPersister persister = session.getFactory().getMappingMetamodel()
                        .getEntityDescriptor(target.entityName());
                return persister.isVersioned() ? persister.getCurrentVersion(target.id(), session) : null;
            });
            return version instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
        } catch (RuntimeException lookupFailed) {
            LOG.debugf("current version of %s not readable: %s", target.entityName(), lookupFailed.getClass().getName());
            return Optional.empty();
        }
    }

    private record Target(String entityName, Object id) {
    }

    private Target target(Throwable e) {
        for (Throwable t : Outages.chain(e)) {
            if (t instanceof StaleObjectStateException stale && stale.getEntityName() != null
                    && stale.getIdentifier() != null) {
                return new Target(stale.getEntityName(), stale.getIdentifier());
            }
        }
        for (Throwable t : Outages.chain(e)) {
            if (t instanceof OptimisticLockException lock && lock.getEntity() != null) {
                Object entity = lock.getEntity();
                Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
                return id == null ? null : new Target(org.hibernate.Hibernate.getClass(entity).getName(), id);
            }
        }
        return null;
    }
}
