package vn.tiepdan.orgunit;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitSummary", description = "An organisation unit as listed.")
public record OrgUnitSummary(
        @Schema(description = "Id of the unit.") UUID id,
        @Schema(description = "Stable code (upper case letters, digits, '-').", example = "DN-TRANBIEN") String code,
        @Schema(description = "Name.", example = "UBND phường Trấn Biên") String name,
        @Schema(description = "Kind of unit.", example = "COMMUNE_PEOPLES_COMMITTEE") OrgUnitKind kind,
        @Schema(description = "Tier of government.", example = "COMMUNE") OrgUnitLevel level,
        @Schema(description = "The parent unit; absent for a root.") UnitRef parent,
        @Schema(description = "National administrative unit code (QĐ 19/2025/QĐ-TTg), where known.",
                example = "75") String adminUnitCode,
        @Schema(description = "Postal address.", example = "Số 1 đường Hưng Đạo Vương, phường Trấn Biên")
        String address,
        @Schema(description = "Public reception phone number.", example = "0251 3822 101") String phone,
        @Schema(description = "Contact e-mail.", example = "ubnd.tranbien@dongnai.gov.vn") String email,
        @Schema(description = "First day of the unit (YYYY-MM-DD).", example = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Last day of the unit (YYYY-MM-DD); absent while it exists.") LocalDate validTo,
        @Schema(description = "Whether the unit exists today.", example = "true") boolean current,
        @Schema(description = "Version for optimistic locking; send it back with updates.", example = "0")
        long version) {
}
