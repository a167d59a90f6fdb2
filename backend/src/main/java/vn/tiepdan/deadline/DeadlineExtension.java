package vn.tiepdan.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineExtension", description = "One extension (gia hạn), backed by a decision document.")
public record DeadlineExtension(
        @Schema(description = "Days added, at most the rule's extensionDays.", example = "30") Integer days,
        @Schema(description = "Number or reference of the extension decision.", example = "15/QĐ-UBND")
        String decisionRef) {
}
