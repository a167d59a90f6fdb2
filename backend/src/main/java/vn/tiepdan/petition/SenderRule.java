package vn.tiepdan.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A petition transferred by another body records that body, its document number and date (TT 05/2021 Art. 5; form 01/XLD "nguồn đơn"). */
final class SenderRule {
    private SenderRule() {
    }

    /** The request fields missing for the source. */
    static List<String> missing(PetitionSource source, String senderBody, String senderDocNo, LocalDate senderDocDate) {
        List<String> missing = new ArrayList<>();
        if (source != PetitionSource.CO_QUAN_KHAC_CHUYEN_DEN) {
            return missing;
        }
        if (senderBody == null || senderBody.isBlank()) {
            missing.add("senderBody");
        }
        if (senderDocNo == null || senderDocNo.isBlank()) {
            missing.add("senderDocNo");
        }
        if (senderDocDate == null) {
            missing.add("senderDocDate");
        }
        return missing;
    }
}
