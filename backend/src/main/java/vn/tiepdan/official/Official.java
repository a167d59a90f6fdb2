package vn.tiepdan.official;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An official (cán bộ) of a unit, for a period, possibly linked to a Keycloak account. */
@Entity
@Table(name = "official")
class Official {
    @Id
    private UUID id;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(nullable = false)
    private String position;
    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;
    @Column(name = "is_head", nullable = false)
    private boolean head;
    @Column(name = "is_deputy", nullable = false)
    private boolean deputy;
    @Column(name = "keycloak_username")
    private String keycloakUsername;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected Official() {
    }

    Official(String fullName, String position, UUID orgUnitId, LocalDate validFrom, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.fullName = fullName;
        this.position = position;
        this.orgUnitId = orgUnitId;
        this.validFrom = validFrom;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void describe(String fullName, String position) {
        this.fullName = fullName;
        this.position = position;
    }

    void role(boolean head, boolean deputy) {
        this.head = head;
        this.deputy = deputy;
    }

    void moveTo(UUID orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    void link(String keycloakUsername) {
        this.keycloakUsername = keycloakUsername;
    }

    void startOn(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    void end(LocalDate validTo) {
        this.validTo = validTo;
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    boolean inOfficeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    UUID id() {
        return id;
    }

    String fullName() {
        return fullName;
    }

    String position() {
        return position;
    }

    UUID orgUnitId() {
        return orgUnitId;
    }

    boolean head() {
        return head;
    }

    boolean deputy() {
        return deputy;
    }

    String keycloakUsername() {
        return keycloakUsername;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    long version() {
        return version;
    }
}
