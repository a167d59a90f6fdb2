package vn.tiepdan.orgunit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A unit of the organisation tree (DOMAIN.md §3). A unit is never deleted: it ends with {@code validTo}, and its
 * code may be carried by a later unit. {@code path} lists the ids from the root down to this unit.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {
    @Id
    private UUID id;
    @Column(nullable = false, length = 64)
    private String code;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrgUnitKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgUnitLevel level;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(nullable = false, length = 2000)
    private String path;
    @Column(name = "admin_unit_code", length = 16)
    private String adminUnitCode;
    @Column(length = 500)
    private String address;
    @Column(length = 32)
    private String phone;
    @Column
    private String email;
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
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "org_unit_id", nullable = false)
    @OrderBy("position")
    private List<ReceptionPlace> receptionPlaces = new ArrayList<>();

    protected OrgUnit() {
    }

    OrgUnit(String code, String name, OrgUnitKind kind, OrgUnitLevel level, OrgUnit parent, LocalDate validFrom,
            Instant now, String by) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.level = level;
        this.validFrom = validFrom;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
        placeUnder(parent);
    }

    /** Sets the parent and this unit's own path; the service moves the descendants' paths. */
    void placeUnder(OrgUnit parent) {
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /** Rewrites the path of a descendant after an ancestor moved from {@code oldPrefix} to {@code newPrefix}. */
    void movePath(String oldPrefix, String newPrefix) {
        this.path = newPrefix + path.substring(oldPrefix.length());
    }

    /** Whether {@code other} is this unit or lies below it. */
    boolean isAncestorOrSelfOf(OrgUnit other) {
        return other.path.startsWith(path);
    }

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    boolean endedBefore(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void rename(String name) {
        this.name = name;
    }

    void classify(OrgUnitKind kind, OrgUnitLevel level) {
        this.kind = kind;
        this.level = level;
    }

    void contact(String adminUnitCode, String address, String phone, String email) {
        this.adminUnitCode = adminUnitCode;
        this.address = address;
        this.phone = phone;
        this.email = email;
    }

    void startOn(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    void close(LocalDate validTo) {
        this.validTo = validTo;
    }

    void replaceReceptionPlaces(List<ReceptionPlace> places) {
        receptionPlaces.clear();
        receptionPlaces.addAll(places);
    }

    List<ReceptionPlace> receptionPlaces() {
        return receptionPlaces;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public OrgUnitLevel level() {
        return level;
    }

    public UUID parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public String adminUnitCode() {
        return adminUnitCode;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public long version() {
        return version;
    }
}
