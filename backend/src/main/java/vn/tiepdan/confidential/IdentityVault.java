package vn.tiepdan.confidential;

import static jakarta.persistence.FlushModeType.COMMIT;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tiepdan.shared.text.VietnameseText;

/**
 * The identity vault (DOMAIN.md §8.1 (1); Luật Tố cáo 2018 Art. 9(1)(b), 56): the only place a denouncer's identity
 * and the original signed petition are kept, sealed with AES-256-GCM under a key from configuration
 * ({@code tiepdan.vault.key}, base64 of 32 bytes; the repository holds only a demo key). Callers hold a random
 * pseudonymous {@code denouncer_ref}. Identity leaves this class only through {@link #reveal} and {@link #openBlob},
 * which features call after checking need-to-know and writing the audit event; nothing here logs identity.
 * Lookups use blind indexes (HMAC-SHA256 under a key derived from the same secret).
 */
@ApplicationScoped
public class IdentityVault {
    /** Replacement of an identity mention in free text (Luật TC Art. 56(2): lược bỏ). */
    public static final String REDACTED = "[đã lược bỏ]";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final EntityManager em;
    private final ObjectMapper json;
    private final String keyId;
    private final SecretKeySpec encKey;
    private final byte[] macKey;
    private final SecureRandom random = new SecureRandom();

    IdentityVault(EntityManager em, ObjectMapper json, @ConfigProperty(name = "tiepdan.vault.key") String key,
            @ConfigProperty(name = "tiepdan.vault.key-id", defaultValue = "k1") String keyId) {
        this.em = em;
        this.json = json;
        this.keyId = keyId;
        byte[] master = Base64.getDecoder().decode(key.strip());
        if (master.length != 32) {
            throw new IllegalStateException("tiepdan.vault.key must be the base64 of 32 random bytes");
        }
        this.encKey = new SecretKeySpec(derive(master, "tiepdan-vault-enc"), "AES");
        this.macKey = derive(master, "tiepdan-vault-mac");
    }

    /** One person of a denunciation as kept in the vault. Enums travel as their names. */
    public record Person(String role, String fullName, String idDocType, String idNumber, LocalDate idIssueDate,
            String idIssuePlace, String gender, Integer birthYear, String address, String addressUnitCode,
            String phone, String email, String position, String contactPreference) {
    }

    /** A sealed original (e.g. the signed petition) opened for an audited reveal. */
    public record Blob(UUID id, String contentType, byte[] bytes) {
    }

    /** A fresh pseudonymous reference. */
    public UUID newRef() {
        return UUID.randomUUID();
    }

    /** Replaces the people kept under the ref (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID ref, List<Person> people) {
        em.createNativeQuery("delete from identity_vault_entry where denouncer_ref = :ref").setParameter("ref", ref)
                .executeUpdate();
        int ordinal = 1;
        for (Person p : people) {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] sealed;
            try {
                sealed = seal(json.writeValueAsBytes(p), nonce, aad("identity:" + ref + ":" + ordinal));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot serialise a vault entry", e);
            }
            String idKey = idKey(p.idNumber());
            String name = p.fullName() == null || p.fullName().isBlank() ? null : folded(p.fullName());
            em.createNativeQuery("insert into identity_vault_entry (id, denouncer_ref, ordinal, key_id, nonce, sealed, "
                    + "id_mac, name_mac, name_only_mac) values (:id, :ref, :ord, :kid, :nonce, :sealed, :idMac, "
                    + ":nameMac, :nameOnlyMac)")
                    .setParameter("id", UUID.randomUUID()).setParameter("ref", ref).setParameter("ord", ordinal++)
                    .setParameter("kid", keyId).setParameter("nonce", nonce).setParameter("sealed", sealed)
                    .setParameter("idMac", idKey == null ? null : mac(idKey))
                    .setParameter("nameMac", name == null ? null : mac(name + "|" + folded(p.address())))
                    .setParameter("nameOnlyMac", name == null ? null : mac(name))
                    .executeUpdate();
        }
    }

    /** The people kept under the ref, in their order. Only for an audited reveal by someone with need to know. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Person> reveal(UUID ref) {
        List<Object[]> rows = em.createNativeQuery("select ordinal, nonce, sealed from identity_vault_entry "
                + "where denouncer_ref = :ref order by ordinal").setParameter("ref", ref).setFlushMode(COMMIT)
                .getResultList();
        List<Person> people = new ArrayList<>();
        for (Object[] row : rows) {
            byte[] plain = open((byte[]) row[2], (byte[]) row[1], aad("identity:" + ref + ":" + row[0]));
            try {
                people.add(json.readValue(plain, Person.class));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read a vault entry", e);
            }
        }
        return people;
    }

    /** How many people are kept under the ref (no identity). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long count(UUID ref) {
        return ((Number) em.createNativeQuery("select count(*) from identity_vault_entry where denouncer_ref = :ref")
                .setParameter("ref", ref).setFlushMode(COMMIT).getSingleResult()).longValue();
    }

    /** The number of people kept under each of the refs. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> counts(Collection<UUID> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("select denouncer_ref, count(*) from identity_vault_entry "
                + "where denouncer_ref in (:refs) group by denouncer_ref").setParameter("refs", refs).setFlushMode(COMMIT)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).longValue()));
    }

    /**
     * Refs under which a person with this ID number is kept; without one, a person with this name and address, or
     * with this name alone when no address is given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<UUID> refsMatching(String idNumber, String fullName, String address) {
        String idKey = idKey(idNumber);
        String column;
        String value;
        if (idKey != null) {
            column = "id_mac";
            value = mac(idKey);
        } else if (fullName != null && !fullName.isBlank()) {
            boolean withAddress = address != null && !address.isBlank();
            column = withAddress ? "name_mac" : "name_only_mac";
            value = mac(withAddress ? folded(fullName) + "|" + folded(address) : folded(fullName));
        } else {
            return Set.of();
        }
        return Set.copyOf(em.createNativeQuery("select distinct denouncer_ref from identity_vault_entry where "
                + column + " = :v").setParameter("v", value).setFlushMode(COMMIT).getResultList());
    }

    /** Seals an original (signed petition, handwriting) under the ref; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID sealBlob(UUID ref, byte[] bytes, String contentType) {
        UUID id = UUID.randomUUID();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        em.createNativeQuery("insert into identity_vault_blob (id, denouncer_ref, key_id, nonce, sealed, content_type, "
                + "size_bytes) values (:id, :ref, :kid, :nonce, :sealed, :ct, :size)")
                .setParameter("id", id).setParameter("ref", ref).setParameter("kid", keyId)
                .setParameter("nonce", nonce).setParameter("sealed", seal(bytes, nonce, aad("blob:" + id)))
                .setParameter("ct", contentType).setParameter("size", (long) bytes.length).executeUpdate();
        return id;
    }

    /** Opens a sealed original; only for an audited reveal. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Blob openBlob(UUID id) {
        List<Object[]> rows = em.createNativeQuery("select nonce, sealed, content_type from identity_vault_blob "
                + "where id = :id").setParameter("id", id).setFlushMode(COMMIT).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no such blob");
        }
        Object[] r = rows.get(0);
        return new Blob(id, (String) r[2], open((byte[]) r[1], (byte[]) r[0], aad("blob:" + id)));
    }

    /** Seals arbitrary bytes (e.g. a MAT document) under the vault key; the AAD binds it to its owner. */
    public byte[] sealBytes(byte[] bytes, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = seal(bytes, nonce, aad(context));
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    /** Opens what {@link #sealBytes} sealed with the same context. */
    public byte[] openBytes(byte[] sealedWithNonce, String context) {
        byte[] nonce = java.util.Arrays.copyOfRange(sealedWithNonce, 0, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(sealedWithNonce, NONCE_BYTES, sealedWithNonce.length);
        return open(sealed, nonce, aad(context));
    }

    /**
     * Removes every mention of the people kept under the ref (names, ID numbers, phones, e-mails, addresses) from a
     * free text, accent-, case- and spacing-insensitively (Luật TC Art. 56(2)). Null stays null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String redact(UUID ref, String text) {
        if (text == null || ref == null) {
            return text;
        }
        return redact(text, reveal(ref));
    }

    /** {@link #redact(UUID, String)} with the people at hand (e.g. before they are stored). */
    public static String redact(String text, List<Person> people) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Set<String> needles = new LinkedHashSet<>();
        for (Person p : people) {
            for (String s : new String[] { p.fullName(), p.address(), p.email() }) {
                if (s != null && s.strip().length() >= 3) {
                    needles.add(s.strip());
                }
            }
            for (String s : new String[] { p.idNumber(), p.phone() }) {
                String digits = s == null ? "" : s.replaceAll("[^\\p{L}\\p{N}]", "");
                if (digits.length() >= 6) {
                    needles.add(digits);
                }
            }
        }
        String result = VietnameseText.nfc(text);
        for (String needle : needles) {
            result = pattern(needle).matcher(result).replaceAll(java.util.regex.Matcher.quoteReplacement(REDACTED));
        }
        return result;
    }

    /** A pattern matching the needle with any accents, case and spacing (letters/digits separated by \s*). */
    private static Pattern pattern(String needle) {
        StringBuilder regex = new StringBuilder();
        String base = VietnameseText.fold(VietnameseText.nfc(needle));
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (regex.length() > 0) {
                regex.append("[\\s.\\-]*");
            }
            regex.append(charClass(c));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every NFC letter that folds to c ("a" → [aáàảãạăắằẳẵặâấầẩẫậ]). */
    private static String charClass(char c) {
        String variants = VARIANTS.get(c);
        return variants == null ? Pattern.quote(String.valueOf(c)) : "[" + c + variants + "]";
    }

    private static final Map<Character, String> VARIANTS = Map.of(
            'a', "áàảãạăắằẳẵặâấầẩẫậ", 'e', "éèẻẽẹêếềểễệ", 'i', "íìỉĩị", 'o', "óòỏõọôốồổỗộơớờởỡợ",
            'u', "úùủũụưứừửữự", 'y', "ýỳỷỹỵ", 'd', "đ");

    static String idKey(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String key = idNumber.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    static String folded(String text) {
        return text == null ? "" : VietnameseText.fold(VietnameseText.nfc(text)).replaceAll("\\s+", " ").strip();
    }

    private String mac(String value) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(m.doFinal(Normalizer.normalize(value, Normalizer.Form.NFC)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] seal(byte[] plain, byte[] nonce, byte[] aad) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, encKey, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad);
            return c.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("vault sealing failed", e);
        }
    }

    private byte[] open(byte[] sealed, byte[] nonce, byte[] aad) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, encKey, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad);
            return c.doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("vault entry cannot be opened (wrong key or tampered)", e);
        }
    }

    private static byte[] aad(String context) {
        return context.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] derive(byte[] master, String label) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(master, "HmacSHA256"));
            return m.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
