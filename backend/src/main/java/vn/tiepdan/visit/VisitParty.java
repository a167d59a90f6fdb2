package vn.tiepdan.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person or organisation of a visit that carries no denunciation. */
@Entity
@Table(name = "visit_party")
class VisitParty {
    @Id
    UUID id;
    @Column(name = "visit_id", nullable = false)
    UUID visitId;
    @Column(nullable = false)
    int ordinal;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PartyRole role;
    @Column(name = "full_name", nullable = false)
    String fullName;
    @Enumerated(EnumType.STRING)
    @Column(name = "id_doc_type")
    IdDocType idDocType;
    @Column(name = "id_number")
    String idNumber;
    @Column(name = "id_issue_date")
    LocalDate idIssueDate;
    @Column(name = "id_issue_place")
    String idIssuePlace;
    @Enumerated(EnumType.STRING)
    Gender gender;
    @Column(name = "birth_year")
    Integer birthYear;
    @Column(name = "address_as_written")
    String addressAsWritten;
    @Column(name = "address_unit_code")
    String addressUnitCode;
    String phone;
    String position;
    @Column(name = "id_key")
    String idKey;
    @Column(name = "name_key")
    String nameKey;

    protected VisitParty() {
    }

    VisitParty(UUID visitId, int ordinal, VisitDtos.PartyInput p) {
        this.id = UUID.randomUUID();
        this.visitId = visitId;
        this.ordinal = ordinal;
        this.role = p.role();
        this.fullName = p.fullName();
        this.idDocType = p.idDocType();
        this.idNumber = p.idNumber();
        this.idIssueDate = p.idIssueDate();
        this.idIssuePlace = p.idIssuePlace();
        this.gender = p.gender();
        this.birthYear = p.birthYear();
        this.addressAsWritten = p.addressAsWritten();
        this.addressUnitCode = p.addressUnitCode();
        this.phone = p.phone();
        this.position = p.position();
        this.idKey = LookupKeys.idKey(p.idNumber());
        this.nameKey = LookupKeys.nameKey(p.fullName(), p.addressAsWritten());
    }

    VisitDtos.PartyView view() {
        return new VisitDtos.PartyView(id, role, fullName, idDocType, idNumber, idIssueDate, idIssuePlace, gender,
                birthYear, addressAsWritten, addressUnitCode, phone, position);
    }
}
