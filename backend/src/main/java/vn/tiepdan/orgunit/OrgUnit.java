package vn.tiepdan.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A unit of the organisation tree (DOMAIN.md §3). The organisation feature adds its behaviour and editing. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {
    @Id
    private UUID id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected OrgUnit() {
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

    public String kind() {
        return kind;
    }

    public UUID parentId() {
        return parentId;
    }
}
