package vn.tiepdan.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Case facts that select a longer period or allow extensions (§6.3.1, §6.4.1). VERY_COMPLEX implies COMPLEX. */
@Schema(description = "COMPLEX (phức tạp), VERY_COMPLEX (đặc biệt phức tạp: ≥2 criteria of ND 31/2019 Art. 3), "
        + "REMOTE (vùng sâu, vùng xa).")
public enum DeadlineVariant {
    COMPLEX, VERY_COMPLEX, REMOTE
}
