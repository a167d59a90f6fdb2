package vn.tiepdan.petition;

import java.util.Optional;
import java.util.UUID;

/**
 * A repeated petition (đơn trùng) is linked to its master so the reports count the matter once (TT 05/2021
 * Art. 6; forms 01–04/XLD "đơn trùng"): the master is in the caller's scope, is not itself a duplicate, is not the
 * petition itself, the petition has no duplicates of its own, and both lie in one line of the unit tree.
 */
final class DuplicateRule {
    private DuplicateRule() {
    }

    /** The master as the rule sees it; null when not found in scope. */
    record Master(UUID id, UUID duplicateOfId, String unitPath) {
    }

    static Optional<String> refusal(UUID petitionId, String petitionUnitPath, boolean petitionHasDuplicates,
            Master master) {
        if (master == null) {
            return Optional.of("UNKNOWN");
        }
        if (master.id().equals(petitionId)) {
            return Optional.of("SELF");
        }
        if (master.duplicateOfId() != null) {
            return Optional.of("MASTER_IS_DUPLICATE");
        }
        if (petitionHasDuplicates) {
            return Optional.of("HAS_DUPLICATES");
        }
        if (!(petitionUnitPath.startsWith(master.unitPath()) || master.unitPath().startsWith(petitionUnitPath))) {
            return Optional.of("OTHER_TREE");
        }
        return Optional.empty();
    }
}
