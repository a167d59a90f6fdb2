package vn.tiepdan.shared.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A non-blocking notice in a successful response: the change was made, but someone should know. */
@Schema(name = "Warning", description = "A notice about an accepted change (code stable, message localised).")
public record Warning(
        @Schema(description = "Stable code, e.g. PERIOD_SUBMITTED.", example = "PERIOD_SUBMITTED") String code,
        @Schema(description = "Localised message.") String message) {
}
