package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisitClassification", description = "Phân loại: KHIEU_NAI complaint (khiếu nại), TO_CAO denunciation (tố cáo, identity confidential), KIEN_NGHI_PHAN_ANH petition/feedback (kiến nghị, phản ánh), NHIEU_NOI_DUNG several kinds at once (see mixedKinds).")
public enum Classification {
    KHIEU_NAI, TO_CAO, KIEN_NGHI_PHAN_ANH, NHIEU_NOI_DUNG
}
