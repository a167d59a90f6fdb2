package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HandlingDirection", description = "Hướng xử lý (Mẫu 03 columns 8–10): THU_LY accepted for handling (thụ lý), TRA_LAI_VA_HUONG_DAN returned with guidance (trả lại đơn và hướng dẫn), CHUYEN_DON transferred to the competent body (chuyển đơn).")
public enum HandlingDirection {
    THU_LY, TRA_LAI_VA_HUONG_DAN, CHUYEN_DON
}
