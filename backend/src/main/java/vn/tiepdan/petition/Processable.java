package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Processable", description = "Điều kiện xử lý (TT 05/2021 Art. 6(2)(a)): DU_DIEU_KIEN processable, KHONG_DU_DIEU_KIEN not processable (reason required; filed).")
public enum Processable {
    DU_DIEU_KIEN, KHONG_DU_DIEU_KIEN
}
