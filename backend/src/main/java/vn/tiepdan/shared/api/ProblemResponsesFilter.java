package vn.tiepdan.shared.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the problem responses every operation can return, so each operation of the contract lists them
 * without repeating the same annotations on every resource method.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean authenticated = path.getKey().startsWith("/api/");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                moveRolesOutOfScopes(operation);
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    continue;
                }
                boolean hasInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (hasInput) {
                    add(responses, "400", "Invalid request: the problem names each invalid field.");
                }
                if (authenticated) {
                    add(responses, "401", "No valid access token.");
                    add(responses, "403", "The caller's roles do not allow this operation.");
                }
                if (authenticated && entry.getKey() == PathItem.HttpMethod.POST) {
                    documentIdempotencyKey(operation);
                    add(responses, "422", "The Idempotency-Key was already used with another request body.");
                }
                if (operation.getRequestBody() != null) {
                    add(responses, "413", "The request body is too large.");
                    add(responses, "415", "The Content-Type is not supported.");
                }
                add(responses, "500", "Unexpected failure; the problem carries the request id to report.");
            }
        }
    }

    /**
     * The generator lists an operation's allowed realm roles as scopes of the bearer requirement, but OpenAPI
     * allows scopes only for OAuth2/OpenID Connect schemes. The roles move to the extension {@code x-roles}.
     */
    private static void moveRolesOutOfScopes(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            for (String scheme : new ArrayList<>(requirement.getSchemes().keySet())) {
                List<String> scopes = requirement.getScheme(scheme);
                if (scopes != null && !scopes.isEmpty()) {
                    roles.addAll(scopes);
                    requirement.addScheme(scheme, new ArrayList<>());
                }
            }
        }
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", roles);
        }
    }

    /** Every POST of the API accepts an Idempotency-Key (IdempotencyFilters). */
    private static void documentIdempotencyKey(Operation operation) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyFilters.HEADER.equalsIgnoreCase(p.getName()));
        if (!present) {
            operation.addParameter(OASFactory.createParameter()
                    .name(IdempotencyFilters.HEADER)
                    .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                    .required(false)
                    .description("A key chosen by the client (8 to 128 characters) for one form submission: a "
                            + "retry with the same key and body returns the first answer instead of acting twice.")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema
                            .SchemaType.STRING).minLength(8).maxLength(128).pattern("^[A-Za-z0-9._:-]{8,128}$")));
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        responses.addAPIResponse(code, response);
    }
}
