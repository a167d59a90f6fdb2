package vn.tiepdan.deadline;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a legal deadline rule (DOMAIN.md Appendix A), in force from validFrom to validTo. */
@Schema(name = "DeadlineRule", description = "One version of a legal deadline rule, in force from validFrom to "
        + "validTo (inclusive; open-ended when absent).")
public record DeadlineRule(
        @Schema(description = "Rule code of DOMAIN.md Appendix A.", example = "KN.RESOLVE_L1") String code,
        @Schema(description = "First day the version is in force.", example = "2026-07-01") LocalDate validFrom,
        @Schema(description = "Last day the version is in force; absent while open-ended.", example = "2026-06-30")
        LocalDate validTo,
        @Schema(description = "Kind of matter.") DeadlineSubject subject,
        @Schema(description = "The event the period counts from.", example = "Thụ lý khiếu nại lần đầu")
        String triggerEvent,
        @Schema(description = "Base length of the period in units.", example = "30") int duration,
        @Schema(description = "How the period is counted.") DeadlineUnit unit,
        @Schema(description = "Longer periods by variant ({\"COMPLEX\":45,\"REMOTE\":45,\"REMOTE_COMPLEX\":60}) or "
                + "the extensions allowed ({\"maxExtensions\":{\"COMPLEX\":1,\"VERY_COMPLEX\":2},"
                + "\"extensionDays\":30}).") Map<String, Object> variants,
        @Schema(description = "Suspension or obstacle periods are not counted.") boolean pausesExcluded,
        @Schema(description = "The unit is a design default waiting for legal confirmation (DOMAIN.md §6.0).")
        boolean needsLegalConfirmation,
        @Schema(description = "Statute and article.", example = "Luật Khiếu nại 2011, Điều 28") String legalBasis,
        @Schema(description = "Free note.") String note,
        @Schema(description = "Version for optimistic locking.", example = "0") long version) {
}
