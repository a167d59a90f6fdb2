package vn.tiepdan.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A place where a unit receives citizens (nơi tiếp công dân), owned by its unit. */
@Entity
@Table(name = "reception_place")
class ReceptionPlace {
    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReceptionPlaceKind kind;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false, length = 500)
    private String address;
    @Column(name = "is_public", nullable = false)
    private boolean published;
    @Column(nullable = false)
    private int position;

    protected ReceptionPlace() {
    }

    ReceptionPlace(ReceptionPlaceKind kind, String name, String address, boolean published, int position) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.name = name;
        this.address = address;
        this.published = published;
        this.position = position;
    }

    UUID id() {
        return id;
    }

    ReceptionPlaceKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String address() {
        return address;
    }

    boolean published() {
        return published;
    }

    void changeAddress(String address) {
        this.address = address;
    }
}
