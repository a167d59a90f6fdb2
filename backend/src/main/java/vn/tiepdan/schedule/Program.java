package vn.tiepdan.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Program", description = "NONE, or the local model BUOI_SANG_VOI_NHAN_DAN (Đồng Nai, every working day 07:00–08:00; CV 1572, CV 10549).")
public enum Program {
    NONE, BUOI_SANG_VOI_NHAN_DAN
}
