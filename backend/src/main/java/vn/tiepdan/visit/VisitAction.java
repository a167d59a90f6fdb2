package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisitAction", description = "An action on a visit the caller may take now: PATCH (correct), RESULT_NOTICE (record the result notice), CASE_LINK (link to a case), REVEAL_IDENTITY (confidential custodian only).")
public enum VisitAction {
    PATCH, RESULT_NOTICE, CASE_LINK, REVEAL_IDENTITY
}
