package vn.tiepdan.confidential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The identity vault seals at rest (AES-GCM), finds by blind index and detects tampering (DOMAIN.md §8.1). */
@QuarkusTest
class IdentityVaultTest {
    private static final String NAME = "Vương Thị Kín Đáo";
    private static final String ID = "075191654321";

    @Inject
    IdentityVault vault;
    @Inject
    EntityManager em;

    @Test
    void sealsRevealsAndFindsByBlindIndex() {
        UUID ref = vault.newRef();
        IdentityVault.Person p = new IdentityVault.Person("VISITOR", NAME, "CCCD", ID, null, null, "FEMALE", 1991,
                "Ấp Bí Mật, xã Phú Lý", null, "0987000111", null, null, "SMS");
        QuarkusTransaction.requiringNew().run(() -> vault.store(ref, List.of(p)));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(List.of(p), vault.reveal(ref));
            assertEquals(1, vault.count(ref));
            assertEquals(Set.of(ref), vault.refsMatching("075 191 654 321", null, null));
            assertEquals(Set.of(ref), vault.refsMatching(null, "vuong thi kin dao", null));
            assertEquals(Set.of(ref), vault.refsMatching(null, "VƯƠNG THỊ KÍN ĐÁO", "ấp bí mật, xã phú lý"));
            assertEquals(Set.of(), vault.refsMatching(null, NAME, "elsewhere"));
            Number plain = (Number) em.createNativeQuery("select count(*) from identity_vault_entry where "
                    + "position(convert_to(?1, 'UTF8') in sealed) > 0 or position(convert_to(?2, 'UTF8') in sealed) > 0")
                    .setParameter(1, NAME).setParameter(2, ID).getSingleResult();
            assertEquals(0, plain.intValue(), "sealed at rest");
        });
        // Tampering with the ciphertext is detected by the GCM tag.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update identity_vault_entry set sealed = "
                + "overlay(sealed placing '\\x00'::bytea from 3 for 1) where denouncer_ref = ?1")
                .setParameter(1, ref).executeUpdate());
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> vault.reveal(ref)));
    }

    @Test
    void sealsBlobsAndBytes() {
        UUID ref = vault.newRef();
        byte[] scan = "chữ ký của người tố cáo".getBytes(StandardCharsets.UTF_8);
        UUID id = QuarkusTransaction.requiringNew().call(() -> vault.sealBlob(ref, scan, "image/png"));
        IdentityVault.Blob blob = QuarkusTransaction.requiringNew().call(() -> vault.openBlob(id));
        assertEquals("image/png", blob.contentType());
        assertTrue(java.util.Arrays.equals(scan, blob.bytes()));
        byte[] sealed = vault.sealBytes(scan, "doc:1");
        assertTrue(java.util.Arrays.equals(scan, vault.openBytes(sealed, "doc:1")));
        assertThrows(IllegalStateException.class, () -> vault.openBytes(sealed, "doc:2"));
    }
}
