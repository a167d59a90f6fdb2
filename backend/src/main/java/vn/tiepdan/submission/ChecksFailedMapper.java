package vn.tiepdan.submission;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tiepdan.shared.api.Messages;
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.api.ProblemResponses;

/** 422 application/problem+json for a report whose cross-checks fail; each error names the form, rule and cells. */
public class ChecksFailedMapper {
    static final String TYPE = "/problems/report-checks-failed";

    private final ProblemResponses responses;

    ChecksFailedMapper(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response checksFailed(ChecksFailedException e, ContainerRequestContext request) {
        Locale locale = Messages.localeFor(request.getAcceptableLanguages());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ChecksFailedException.Failure f : e.failures()) {
            errors.add(new Problem.FieldError("forms[" + f.formCode() + "].checks", "CHECK_FAILED",
                    Messages.text(locale, "submission.checks.failed", f.rule(), f.unitCode(),
                            String.join(", ", f.cells()))));
        }
        Problem problem = new Problem(TYPE, Messages.text(locale, "submission.checks.title"), 422,
                Messages.text(locale, "submission.checks.detail", errors.size()), request.getUriInfo()
                        .getRequestUri().getRawPath(), request.getHeaderString(ProblemResponses.REQUEST_ID_HEADER),
                errors);
        return responses.response(problem);
    }
}
