package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The matter's resolution status when the petition came in (TT 01/2024 Biểu 01/XLD columns 11–13). */
@Schema(name = "PriorResolution", description = "Resolution status of the matter when the petition came in: "
        + "CHUA_GIAI_QUYET not (fully) resolved, DA_GIAI_QUYET_LAN_DAU resolved once, DA_GIAI_QUYET_NHIEU_LAN resolved "
        + "several times, DA_CO_BAN_AN a court judgment exists.")
public enum PriorResolution {
    CHUA_GIAI_QUYET, DA_GIAI_QUYET_LAN_DAU, DA_GIAI_QUYET_NHIEU_LAN, DA_CO_BAN_AN
}
