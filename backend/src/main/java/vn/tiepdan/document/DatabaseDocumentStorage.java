package vn.tiepdan.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link DocumentStorage} in PostgreSQL (stored_blob): documents commit or roll back with their metadata. */
@ApplicationScoped
public class DatabaseDocumentStorage implements DocumentStorage {
    private final EntityManager em;

    DatabaseDocumentStorage(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String key, byte[] bytes) {
        em.createNativeQuery("insert into stored_blob (storage_key, bytes) values (:key, :bytes)")
                .setParameter("key", key).setParameter("bytes", bytes).executeUpdate();
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<byte[]> get(String key) {
        List<byte[]> rows = em.createNativeQuery("select bytes from stored_blob where storage_key = :key")
                .setParameter("key", key).getResultList();
        return rows.stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String key) {
        em.createNativeQuery("delete from stored_blob where storage_key = :key").setParameter("key", key)
                .executeUpdate();
    }
}
