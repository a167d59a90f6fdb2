package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResultNoticeKind", description = "Kind of result notice sent to the citizen: DA_THU_LY accepted, KEO_DAI_XEM_XET consideration extended, TU_CHOI_THU_LY not accepted, DA_CHUYEN transferred.")
public enum ResultNoticeKind {
    DA_THU_LY, KEO_DAI_XEM_XET, TU_CHOI_THU_LY, DA_CHUYEN
}
