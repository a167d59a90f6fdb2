package vn.tiepdan.petition;

import java.time.LocalDate;
import java.util.Optional;

/** A filed petition is kept one year, then the head decides its destruction (TT 05/2021/TT-TTCP Art. 28(2)). */
final class FilingRule {
    static final int RETENTION_YEARS = 1;

    private FilingRule() {
    }

    /** The earliest day the retention allows destruction when the deadline engine is not at hand. */
    static LocalDate minimumDestroyAfter(LocalDate filedOn) {
        return filedOn.plusYears(RETENTION_YEARS);
    }

    /**
     * Why the petition may not be destroyed now (a problem code), or empty: it must be FILED, the retention over,
     * and the approval given by a unit leader (the head).
     */
    static Optional<String> refusal(PetitionStatus status, LocalDate destroyAfter, LocalDate today, boolean leader) {
        if (!leader) {
            return Optional.of("HEAD_APPROVAL_REQUIRED");
        }
        if (status != PetitionStatus.FILED || destroyAfter == null) {
            return Optional.of("NOT_FILED");
        }
        if (today.isBefore(destroyAfter)) {
            return Optional.of("RETENTION_RUNNING");
        }
        return Optional.empty();
    }
}
