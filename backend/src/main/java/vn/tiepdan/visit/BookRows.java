package vn.tiepdan.visit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.tiepdan.orgunit.OrgUnit;
import vn.tiepdan.visit.export.BookRow;

/** Maps a visit to a line of the book in the layout of Mẫu số 03 (TT 04/2021/TT-TTCP), masking denunciations. */
final class BookRows {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BookRows() {
    }

    /** The party a line shows: the visitor, the organisation, or the first representative. */
    static VisitParty lead(List<VisitParty> parties) {
        return parties.stream().filter(p -> p.role == PartyRole.VISITOR || p.role == PartyRole.ORGANISATION)
                .findFirst().orElseGet(() -> parties.stream().filter(p -> p.role == PartyRole.REPRESENTATIVE)
                        .findFirst().orElse(parties.isEmpty() ? null : parties.get(0)));
    }

    static BookRow row(ReceptionVisit v, List<VisitParty> parties, List<VisitDtos.PreviouslyHandled> handled,
            OrgUnit transferUnit, ZoneId zone) {
        String nameAndAddress;
        String idNumber;
        if (v.confidential) {
            nameAndAddress = VisitDtos.MASKED_NAME;
            idNumber = "";
        } else {
            VisitParty lead = parties.isEmpty() ? null : lead(parties);
            String name = lead == null ? "" : v.partyKind == PartyKind.GROUP
                    ? "Đoàn " + v.headcount + " người – " + lead.fullName : lead.fullName;
            nameAndAddress = lead == null || lead.addressAsWritten == null ? name : name + " – " + lead.addressAsWritten;
            idNumber = parties.stream().filter(p -> p.idNumber != null && p.role != PartyRole.MEMBER)
                    .map(p -> p.idNumber).collect(Collectors.joining("; "));
        }
        String content = v.contentSummary == null ? "" : v.contentSummary;
        String classification = (v.classification == null ? "" : label(v.classification) + " / ") + v.headcount
                + " người";
        String previously = handled.stream().map(h -> h.agency() + (h.documentNo() == null ? ""
                : " (" + h.documentNo() + (h.date() == null ? "" : ", " + h.date().format(DMY)) + ")"))
                .collect(Collectors.joining("; "));
        String chuyenDon = v.handlingDirection != HandlingDirection.CHUYEN_DON ? ""
                : v.transferToName != null ? v.transferToName : transferUnit == null ? "" : transferUnit.name();
        String tracking = v.resultNoticeSentAt == null ? (v.status == VisitStatus.REFUSED ? "Từ chối tiếp" : "")
                : "Đã thông báo " + v.resultNoticeSentAt.atZone(zone).toLocalDate().format(DMY);
        return new BookRow(v.bookSeq, v.receivedAt.atZone(zone).toLocalDate(), nameAndAddress, idNumber, content,
                classification, previously, v.handlingDirection == HandlingDirection.THU_LY,
                v.handlingDirection == HandlingDirection.TRA_LAI_VA_HUONG_DAN, chuyenDon, tracking,
                v.notes == null ? "" : v.notes);
    }

    static String label(Classification c) {
        return switch (c) {
            case KHIEU_NAI -> "Khiếu nại";
            case TO_CAO -> "Tố cáo";
            case KIEN_NGHI_PHAN_ANH -> "Kiến nghị, phản ánh";
            case NHIEU_NOI_DUNG -> "Nhiều nội dung";
        };
    }
}
