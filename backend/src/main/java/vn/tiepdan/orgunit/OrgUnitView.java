package vn.tiepdan.orgunit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OrgUnit", description = "An organisation unit with its reception places, succession links and "
        + "current officials.")
public record OrgUnitView(
        @Schema(description = "Id of the unit.") UUID id,
        @Schema(description = "Stable code.", example = "DN-TRANBIEN") String code,
        @Schema(description = "Name.", example = "UBND phường Trấn Biên") String name,
        @Schema(description = "Kind of unit.", example = "COMMUNE_PEOPLES_COMMITTEE") OrgUnitKind kind,
        @Schema(description = "Tier of government.", example = "COMMUNE") OrgUnitLevel level,
        @Schema(description = "The parent unit; absent for a root.") UnitRef parent,
        @Schema(description = "National administrative unit code, where known.", example = "75")
        String adminUnitCode,
        @Schema(description = "Postal address.") String address,
        @Schema(description = "Public reception phone number.", example = "0251 3822 101") String phone,
        @Schema(description = "Contact e-mail.") String email,
        @Schema(description = "First day (YYYY-MM-DD).", example = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Last day (YYYY-MM-DD); absent while the unit exists.") LocalDate validTo,
        @Schema(description = "Whether the unit exists today.", example = "true") boolean current,
        @Schema(description = "Version for optimistic locking.", example = "0") long version,
        @Schema(description = "Reception places, in order.") List<ReceptionPlaceView> receptionPlaces,
        @Schema(description = "Units this unit took over from.") List<SuccessionView> predecessors,
        @Schema(description = "Units that took over from this unit.") List<SuccessionView> successors,
        @Schema(description = "Officials in office today, heads first; absent for callers who may not see "
                + "officials (mobilization_viewer).") List<OfficialSummary> officials) {
}
