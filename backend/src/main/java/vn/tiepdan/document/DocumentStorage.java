package vn.tiepdan.document;

import java.util.Optional;

/**
 * Where the bytes of case documents live, by an opaque key. The default keeps them in the database
 * ({@link DatabaseDocumentStorage}, table stored_blob); an object store can replace it without touching the
 * features. Callers seal confidential (MAT) bytes before {@link #put}: a storage never sees them in clear.
 */
public interface DocumentStorage {
    /** Stores the bytes under the key (in the caller's transaction where the storage is transactional). */
    void put(String key, byte[] bytes);

    /** The bytes under the key, if any. */
    Optional<byte[]> get(String key);

    /** Removes the bytes under the key; nothing happens for an unknown key. */
    void delete(String key);
}
