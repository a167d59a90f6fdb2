package vn.tiepdan.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error as RFC 9457 problem details; the only error shape the API ever returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "Error in application/problem+json form (RFC 9457).")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem, e.g. /problems/validation.",
                example = "/problems/validation") String type,
        @Schema(description = "Short summary of the kind of problem, in the caller's language.",
                example = "Dữ liệu không hợp lệ") String title,
        @Schema(description = "HTTP status code.", example = "400") int status,
        @Schema(description = "Explanation of this occurrence, in the caller's language.",
                example = "1 trường không hợp lệ") String detail,
        @Schema(description = "Path of the request that failed.", example = "/api/v1/me") String instance,
        @Schema(description = "Id of the request, as in the X-Request-Id header and the server log.",
                example = "8f2b6c1e-3f0a-4f57-9a59-0c7d5c8b6a10") String requestId,
        @Schema(description = "Field errors, present for validation problems.") List<FieldError> errors,
        @Schema(description = "The current version of the resource, present when an update carried a stale "
                + "version (409).", example = "3") Long currentVersion,
        @Schema(description = "The actions allowed in the record's current state, present when an action was "
                + "refused because of that state (409).", example = "[\"CANCEL\", \"POSTPONE\"]")
        List<String> allowedActions) {

    public Problem(String type, String title, int status, String detail, String instance, String requestId,
            List<FieldError> errors) {
        this(type, title, status, detail, instance, requestId, errors, null, null);
    }

    /** One invalid field of a request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError", description = "One invalid field of a request.")
    public record FieldError(
            @Schema(description = "Path of the field in the request, e.g. visitors[0].idNumber or a query "
                    + "parameter name.", example = "size") String field,
            @Schema(description = "Machine-readable error code.", example = "OUT_OF_RANGE") String code,
            @Schema(description = "Explanation in the caller's language.", example = "phải nhỏ hơn hoặc bằng 200")
            String message,
            @Schema(description = "Line of an uploaded file (CSV import; the header is line 1), when the error "
                    + "is in a file.", example = "3") Integer line,
            @Schema(description = "Column of an uploaded file (CSV import), when the error is in a file.",
                    example = "parentCode") String column) {

        public FieldError(String field, String code, String message) {
            this(field, code, message, null, null);
        }
    }
}
