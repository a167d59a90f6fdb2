package vn.tiepdan.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.visit.export.BookRow;

/** A visit becomes a line of Mẫu số 03; a denunciation's line shows neither name nor ID. */
class BookRowsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ReceptionVisit visit(Classification classification, boolean confidential) {
        ReceptionVisit v = new ReceptionVisit(UUID.randomUUID(), 2026, 12, Instant.now(), "test");
        v.receivedAt = Instant.parse("2026-11-20T17:30:00Z"); // 21/11 00:30 in Vietnam
        v.partyKind = PartyKind.PERSON;
        v.headcount = 1;
        v.classification = classification;
        v.confidential = confidential;
        v.contentSummary = "Nội dung";
        v.handlingDirection = HandlingDirection.THU_LY;
        v.status = VisitStatus.HANDLED;
        return v;
    }

    private static VisitParty party() {
        return new VisitParty(UUID.randomUUID(), 1, new VisitDtos.PartyInput(PartyRole.VISITOR, "Lý Thị Mai",
                IdDocType.CCCD, "075190001111", null, null, null, null, "Khu phố 1", null, null, null));
    }

    @Test
    void linesFollowTheFormAndMaskDenunciations() {
        BookRow open = BookRows.row(visit(Classification.KHIEU_NAI, false), List.of(party()),
                List.of(new VisitDtos.PreviouslyHandled("UBND phường", "12/QĐ", LocalDate.of(2026, 5, 1), null)),
                null, ZONE);
        assertEquals(12, open.seq());
        assertEquals(LocalDate.of(2026, 11, 21), open.receivedDate());
        assertEquals("Lý Thị Mai – Khu phố 1", open.nameAndAddress());
        assertEquals("075190001111", open.idNumber());
        assertEquals("Khiếu nại / 1 người", open.classificationAndHeadcount());
        assertEquals("UBND phường (12/QĐ, 01/05/2026)", open.previouslyHandled());
        assertTrue(open.thuLy());
        BookRow secret = BookRows.row(visit(Classification.TO_CAO, true), List.of(), List.of(), null, ZONE);
        assertEquals(VisitDtos.MASKED_NAME, secret.nameAndAddress());
        assertEquals("", secret.idNumber());
    }
}
