package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Competence", description = "Thẩm quyền: THUOC_THAM_QUYEN within the unit's competence, KHONG_THUOC_THAM_QUYEN outside it.")
public enum Competence {
    THUOC_THAM_QUYEN, KHONG_THUOC_THAM_QUYEN
}
