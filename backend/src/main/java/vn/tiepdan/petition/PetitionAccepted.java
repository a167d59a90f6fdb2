package vn.tiepdan.petition;

import java.util.UUID;

/**
 * Fired synchronously, inside the deciding transaction, when a petition is decided DE_XUAT_THU_LY (accept into a
 * case) or XU_LY_THONG_TIN_TO_CAO. The cases feature observes it, opens the case and sets {@code petition.case_id};
 * the petition feature does not depend on the cases feature.
 */
public record PetitionAccepted(UUID petitionId) {
}
