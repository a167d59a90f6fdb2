package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PetitionDecision", description = "Hướng xử lý (DOMAIN.md §6.2.3): DE_XUAT_THU_LY propose acceptance (opens a case), KHONG_THU_LY do not accept (ground), HUONG_DAN guide the sender, TRA_LAI return, CHUYEN_DON transfer (slip no.; a denunciation goes redacted), DON_DOC urge resolution, LUU_DON file (kept one year), XU_LY_THONG_TIN_TO_CAO handle anonymous denunciation information (Luật TC Art. 25), TACH_NOI_DUNG split a mixed petition into parts.")
public enum PetitionDecision {
    DE_XUAT_THU_LY, KHONG_THU_LY, HUONG_DAN, TRA_LAI, CHUYEN_DON, DON_DOC, LUU_DON, XU_LY_THONG_TIN_TO_CAO,
    TACH_NOI_DUNG
}
