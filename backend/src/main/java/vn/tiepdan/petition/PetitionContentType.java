package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PetitionContentType", description = "Phân loại theo nội dung (TT 05/2021 Art. 6): KHIEU_NAI complaint, TO_CAO denunciation (identity confidential), KIEN_NGHI_PHAN_ANH petition/feedback, NHIEU_NOI_DUNG several contents (split with TACH_NOI_DUNG).")
public enum PetitionContentType {
    KHIEU_NAI, TO_CAO, KIEN_NGHI_PHAN_ANH, NHIEU_NOI_DUNG
}
