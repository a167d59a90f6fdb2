package vn.tiepdan.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A document, information or evidence received at the visit (listed on the receipt, giấy biên nhận). */
@Entity
@Table(name = "visit_document")
class VisitDocument {
    @Id
    UUID id;
    @Column(name = "visit_id", nullable = false)
    UUID visitId;
    @Column(nullable = false)
    int ordinal;
    @Column(nullable = false)
    String title;
    Integer pages;
    @Enumerated(EnumType.STRING)
    @Column(name = "copy_kind", nullable = false)
    CopyKind copyKind;

    protected VisitDocument() {
    }

    VisitDocument(UUID visitId, int ordinal, VisitDtos.DocumentInput d) {
        this.id = UUID.randomUUID();
        this.visitId = visitId;
        this.ordinal = ordinal;
        this.title = d.title().strip();
        this.pages = d.pages();
        this.copyKind = d.copyKind() == null ? CopyKind.COPY : d.copyKind();
    }

    VisitDtos.DocumentView view() {
        return new VisitDtos.DocumentView(title, pages, copyKind);
    }
}
