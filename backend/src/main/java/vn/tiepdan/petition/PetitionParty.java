package vn.tiepdan.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.tiepdan.visit.IdDocType;
import vn.tiepdan.visit.LookupKeys;

/** A petitioner of a petition that carries no denunciation (a denunciation's people are only in the vault). */
@Entity
@Table(name = "petition_party")
class PetitionParty {
    @Id
    UUID id;
    @Column(name = "petition_id", nullable = false)
    UUID petitionId;
    @Column(nullable = false)
    int ordinal;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PetitionPartyRole role;
    @Column(name = "full_name", nullable = false)
    String fullName;
    @Enumerated(EnumType.STRING)
    @Column(name = "id_doc_type")
    IdDocType idDocType;
    @Column(name = "id_number")
    String idNumber;
    String address;
    String phone;
    String email;
    @Column(name = "id_key")
    String idKey;
    @Column(name = "name_key")
    String nameKey;

    protected PetitionParty() {
    }

    PetitionParty(UUID petitionId, int ordinal, PetitionDtos.PetitionerInput p) {
        this.id = UUID.randomUUID();
        this.petitionId = petitionId;
        this.ordinal = ordinal;
        this.role = p.role() == null ? PetitionPartyRole.PETITIONER : p.role();
        this.fullName = p.fullName();
        this.idDocType = p.idDocType();
        this.idNumber = p.idNumber();
        this.address = p.address();
        this.phone = p.phone();
        this.email = p.email();
        this.idKey = LookupKeys.idKey(p.idNumber());
        this.nameKey = LookupKeys.nameKey(p.fullName(), p.address());
    }

    PetitionDtos.PetitionerInput input() {
        return new PetitionDtos.PetitionerInput(role, fullName, idDocType, idNumber, address, phone, email);
    }
}
