package vn.tiepdan.visit.export;

import java.time.LocalDate;

/**
 * One line of the reception book in the layout of Mẫu số 03 (TT 04/2021/TT-TTCP), already masked: for a visit that
 * carries a denunciation {@code nameAndAddress} is "Tố cáo – bảo mật" and {@code idNumber} is empty.
 *
 * @param seq                        column 1, STT (the book number within the unit and year)
 * @param receivedDate               column 2, Ngày tiếp
 * @param nameAndAddress             column 3, Họ tên – Địa chỉ
 * @param idNumber                   column 4, CMND/Hộ chiếu (CCCD) of the visitor(s)
 * @param content                    column 5, Nội dung vụ việc
 * @param classificationAndHeadcount column 6, Phân loại đơn / Số người
 * @param previouslyHandled          column 7, Cơ quan đã giải quyết
 * @param thuLy                      column 8, Thụ lý để giải quyết
 * @param traLaiHuongDan             column 9, Trả lại đơn và hướng dẫn
 * @param chuyenDon                  column 10, Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền (the body's name)
 * @param resultTracking             column 11, Theo dõi kết quả giải quyết
 * @param notes                      column 12, Ghi chú
 */
public record BookRow(int seq, LocalDate receivedDate, String nameAndAddress, String idNumber, String content,
        String classificationAndHeadcount, String previouslyHandled, boolean thuLy, boolean traLaiHuongDan,
        String chuyenDon, String resultTracking, String notes) {
}
