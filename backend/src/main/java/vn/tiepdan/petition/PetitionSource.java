package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PetitionSource", description = "Nguồn đơn (DOMAIN.md Appendix B): TRUC_TIEP handed in, BUU_CHINH by post, CO_QUAN_KHAC_CHUYEN_DEN transferred by another body (sender body, document no. and date required), LANH_DAO_GIAO assigned by a leader, BAO_CHI press, HDND, DBQH, MTTQ, TRUNG_UONG, HOP_THU mailbox, CONG_DVC public-service portal, TONG_DAI_1022, TRUC_TUYEN online, DOI_THOAI_TRUC_TIEP live dialogue, KHAC other.")
public enum PetitionSource {
    TRUC_TIEP, BUU_CHINH, CO_QUAN_KHAC_CHUYEN_DEN, LANH_DAO_GIAO, BAO_CHI, HDND, DBQH, MTTQ, TRUNG_UONG, HOP_THU,
    CONG_DVC, TONG_DAI_1022, TRUC_TUYEN, DOI_THOAI_TRUC_TIEP, KHAC
}
