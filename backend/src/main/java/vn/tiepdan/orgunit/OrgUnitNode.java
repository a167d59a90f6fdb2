package vn.tiepdan.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitNode", description = "A unit in the nested tree, with the units below it.")
public record OrgUnitNode(
        @Schema(description = "Id of the unit.") UUID id,
        @Schema(description = "Stable code.", example = "DN") String code,
        @Schema(description = "Name.", example = "UBND tỉnh Đồng Nai") String name,
        @Schema(description = "Kind of unit.", example = "PROVINCIAL_PEOPLES_COMMITTEE") OrgUnitKind kind,
        @Schema(description = "Tier of government.", example = "PROVINCE") OrgUnitLevel level,
        @Schema(description = "First day (YYYY-MM-DD).", example = "1976-01-01") LocalDate validFrom,
        @Schema(description = "Last day (YYYY-MM-DD); absent while the unit exists.") LocalDate validTo,
        @Schema(description = "Units directly below, by code.") List<OrgUnitNode> children) {
}
