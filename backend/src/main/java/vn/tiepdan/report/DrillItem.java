package vn.tiepdan.report;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record behind a form cell. Never personal data: no party name, ID, address or phone; a confidential
 * (denunciation) record shows no title (DOMAIN.md §8.1 item 8). Opening the record goes through its own access rules.
 */
@Schema(description = "One record behind a form cell; no personal data, confidential titles masked.")
public record DrillItem(
        @Schema(description = "VISIT, SESSION, PETITION, CASE or DECISION.", example = "VISIT") String recordType,
        @Schema(description = "The record's id (open it through its own endpoint).") UUID id,
        @Schema(description = "Its number: book number, petition number, case number or decision number.",
                example = "12/2026") String number,
        @Schema(description = "The date that put it in the cell.") LocalDate date,
        @Schema(description = "The unit code.", example = "DN-TRANBIEN") String unitCode,
        @Schema(description = "The unit name.") String unitName,
        @Schema(description = "Classification or case type, if any.", nullable = true, example = "KHIEU_NAI")
        String classification,
        @Schema(description = "Status, if any.", nullable = true) String status,
        @Schema(description = "Short title or summary; null when confidential.", nullable = true) String title,
        @Schema(description = "True for a denunciation record whose details are masked.") boolean confidential) {
}
