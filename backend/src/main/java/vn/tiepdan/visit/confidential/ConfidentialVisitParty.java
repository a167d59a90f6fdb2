package vn.tiepdan.visit.confidential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of a visit that carries a denunciation, in the table reserved for denouncer identity (DOMAIN.md §8.1;
 * Luật TC Art. 9(1)(b)). Package-private: only {@link ConfidentialStore} reads or writes it.
 */
@Entity
@Table(name = "confidential_visit_party")
class ConfidentialVisitParty {
    @Id
    UUID id;
    @Column(name = "denouncer_ref", nullable = false)
    UUID denouncerRef;
    @Column(nullable = false)
    int ordinal;
    @Column(nullable = false)
    String role;
    @Column(name = "full_name", nullable = false)
    String fullName;
    @Column(name = "id_doc_type")
    String idDocType;
    @Column(name = "id_number")
    String idNumber;
    @Column(name = "id_issue_date")
    LocalDate idIssueDate;
    @Column(name = "id_issue_place")
    String idIssuePlace;
    String gender;
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

    protected ConfidentialVisitParty() {
    }

    ConfidentialVisitParty(UUID denouncerRef, int ordinal, ConfidentialStore.Person p) {
        this.id = UUID.randomUUID();
        this.denouncerRef = denouncerRef;
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
        this.idKey = p.idKey();
        this.nameKey = p.nameKey();
    }

    ConfidentialStore.Person person() {
        return new ConfidentialStore.Person(id, role, fullName, idDocType, idNumber, idIssueDate, idIssuePlace,
                gender, birthYear, addressAsWritten, addressUnitCode, phone, position, idKey, nameKey);
    }
}
