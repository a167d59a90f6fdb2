package vn.tiepdan.shared.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The one mapping table from exceptions to problem responses (shared/design/API.md, "Errors"). No response ever
 * carries a stack trace, a class name or SQL: unexpected failures are logged with the request id and answered
 * with a generic 500.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses responses;
    private final StaleVersions staleVersions;

    ProblemMappers(ProblemResponses responses, StaleVersions staleVersions) {
        this.responses = responses;
        this.staleVersions = staleVersions;
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e, ContainerRequestContext request) {
        Locale locale = locale(request);
        String detail = Messages.text(locale, e.detailKey(), e.detailArgs());
        List<Problem.FieldError> errors = new ArrayList<>(e.errors());
        for (ProblemException.FieldIssue issue : e.issues()) {
            errors.add(new Problem.FieldError(issue.field(), issue.code(),
                    Messages.text(locale, issue.messageKey(), issue.args()), issue.line(), issue.column()));
        }
        String requestId = request.getHeaderString(ProblemResponses.REQUEST_ID_HEADER);
        Response response = responses.response(responses.problem(e.type(), locale, request.getUriInfo()
                .getRequestUri().getRawPath(), requestId, detail, errors, e.currentVersion(), e.allowedActions()));
        return e.type().status() == 503 ? retryAfter(response) : response;
    }

    /**
     * A concurrent update (the row's version moved between read and write) or a database constraint that a
     * concurrent transaction won (overlapping validity, a code taken meanwhile): the state changed, 409.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class,
            org.hibernate.exception.ConstraintViolationException.class})
    public Response concurrentChange(RuntimeException e, ContainerRequestContext request) {
        if (SafeFailure.sqlCause(e) != null) {
            LOG.warnf("Conflicting write: %s", SafeFailure.describe(e));
        }
        if (!(e instanceof org.hibernate.exception.ConstraintViolationException)) {
            // The database-level version check (flush/commit) lost the race: same 409 as the services' own check.
            Optional<Long> current = staleVersions.current(e);
            if (current.isPresent()) {
                return domain(ProblemException.staleVersion(current.get()), request);
            }
        }
        return respond(ProblemType.CONFLICT, request, Messages.text(locale(request), "problem.conflict.detail"),
                List.of());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ContainerRequestContext request) {
        Locale locale = locale(request);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), toCode(code),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = Messages.text(locale, "problem.validation.detail", errors.size());
        return respond(ProblemType.VALIDATION, request, detail, errors);
    }

    // Listed one by one: Quarkus ships its own mappers for some of these subclasses, and the most specific
    // declared class wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            InputRuleException.class})
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                // Raised while the body was being read (BodyLimit): that problem, not the parse error around it.
                return domain(problem, request);
            }
        }
        Locale locale = locale(request);
        if (e instanceof JsonMappingException mapping
                && (!mapping.getPath().isEmpty() || e instanceof InputRuleException)) {
            String field = mapping.getPath().isEmpty() ? "body" : pathOf(mapping);
            String code;
            String message;
            if (e instanceof InputRuleException rule) {
                code = rule.code();
                message = Messages.text(locale, rule.messageKey(), rule.args());
            } else if (e instanceof UnrecognizedPropertyException) {
                code = "UNKNOWN_FIELD";
                message = Messages.text(locale, "problem.field.unknown");
            } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                code = "WRONG_TYPE";
                message = Messages.text(locale, "problem.field.wrong-type");
            } else {
                code = "INVALID";
                message = Messages.text(locale, "problem.field.invalid");
            }
            String detail = Messages.text(locale, "problem.validation.detail", 1);
            return respond(ProblemType.VALIDATION, request, detail, List.of(new Problem.FieldError(field, code, message)));
        }
        return respond(ProblemType.MALFORMED_REQUEST, request, Messages.text(locale, "problem.malformed-json.detail"),
                List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, ContainerRequestContext request) {
        Optional<Outages.Outage> outage = Outages.classify(e);
        if (outage.isPresent()) {
            // The token could not be checked because the OIDC provider is unreachable: not the caller's fault.
            return outage(outage.get(), request);
        }
        Response response = respond(ProblemType.UNAUTHENTICATED, request,
                Messages.text(locale(request), "problem.unauthenticated.detail"), List.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return respond(ProblemType.FORBIDDEN, request, Messages.text(locale(request), "problem.forbidden.detail"),
                List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request, SimpleResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        if (e instanceof NotFoundException && e.getCause() != null && resource != null) {
            // A matched method whose parameter could not be converted: a client error, not a missing resource.
            Locale locale = locale(request);
            String field = BadParameters.find(resource.getResourceClass() == null ? null : method(resource),
                    request.getUriInfo()).orElse("parameter");
            return respond(ProblemType.VALIDATION, request, Messages.text(locale, "problem.validation.detail", 1),
                    List.of(new Problem.FieldError(field, "WRONG_TYPE", Messages.text(locale, "problem.field.wrong-type"))));
        }
        ProblemType type = ProblemType.forStatus(status);
        Optional<Outages.Outage> outage = status >= 500 ? Outages.classify(e) : Optional.empty();
        if (outage.isPresent()) {
            return outage(outage.get(), request);
        }
        if (status >= 500) {
            if (SafeFailure.sqlCause(e) != null) {
                LOG.errorf("Request failed with status %d: %s", status, SafeFailure.describe(e));
            } else {
                LOG.errorf(e, "Request failed with status %d", status);
            }
        }
        String key = "problem." + type.uri().substring("/problems/".length()) + ".detail";
        return respond(type, request, Messages.text(locale(request), key), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        Optional<Outages.Outage> outage = Outages.classify(e);
        if (outage.isPresent()) {
            return outage(outage.get(), request);
        }
        java.util.Optional<String> data = DataErrors.dataState(e);
        if (data.isPresent()) {
            LOG.warnf("A value the database refused (SQLSTATE %s) reached it: a request rule is missing", data.get());
            Locale locale = locale(request);
            return respond(ProblemType.VALIDATION, request, Messages.text(locale, "problem.validation.detail", 1),
                    List.of(new Problem.FieldError("body", DataErrors.code(data.get()),
                            Messages.text(locale, "problem.field.invalid"))));
        }
        for (Throwable t : Outages.chain(e)) {
            // A version conflict wrapped by JTA at commit (RollbackException) is still a 409.
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return concurrentChange((RuntimeException) t, request);
            }
        }
        if (SafeFailure.sqlCause(e) != null) {
            // Never the exception's message or stack: they quote the failing row.
            LOG.errorf("Unexpected database failure: %s", SafeFailure.describe(e));
        } else {
            LOG.error("Unexpected failure", e);
        }
        return respond(ProblemType.INTERNAL, request, Messages.text(locale(request), "problem.internal.detail"),
                List.of());
    }

    /** 503 service-unavailable with Retry-After, and one WARN line (rate-limited), for any outage. */
    private Response outage(Outages.Outage outage, ContainerRequestContext request) {
        OutageLog.report(outage, request.getUriInfo().getPath());
        return retryAfter(respond(ProblemType.SERVICE_UNAVAILABLE, request,
                Messages.text(locale(request), "problem.service-unavailable.detail"), List.of()));
    }

    private static Response retryAfter(Response response) {
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, Outages.RETRY_AFTER_SECONDS).build();
    }

    private Response respond(ProblemType type, ContainerRequestContext request, String detail,
            List<Problem.FieldError> errors) {
        return respond(type, request, detail, errors, null);
    }

    private Response respond(ProblemType type, ContainerRequestContext request, String detail,
            List<Problem.FieldError> errors, Long currentVersion) {
        String requestId = request.getHeaderString(ProblemResponses.REQUEST_ID_HEADER);
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        return responses.response(responses.problem(type, locale(request), instance, requestId, detail, errors,
                currentVersion));
    }

    private static java.lang.reflect.Method method(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Locale locale(ContainerRequestContext request) {
        return Messages.localeFor(request.getAcceptableLanguages());
    }

    /** "visitors[0].idNumber" from a Jackson path. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The field as the client named it: the method node is dropped, and so is the parameter node of a request body
     * (its properties follow); a query or path parameter keeps its own name.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        Iterator<Path.Node> it = nodes.iterator();
        int index = 0;
        while (it.hasNext()) {
            Path.Node node = it.next();
            index++;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && index < nodes.size()) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            // An index or key belongs to the container before this node: visitors[0].idNumber.
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }

    /** NotBlank -> NOT_BLANK. */
    private static String toCode(String annotationName) {
        return annotationName.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
