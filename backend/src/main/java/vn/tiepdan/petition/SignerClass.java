package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignerClass", description = "Who signed (reports 01–04/XLD): NHIEU_NGUOI_DUNG_TEN several people, MOT_NGUOI_DUNG_TEN one person, DON_KHAC other.")
public enum SignerClass {
    NHIEU_NGUOI_DUNG_TEN, MOT_NGUOI_DUNG_TEN, DON_KHAC
}
