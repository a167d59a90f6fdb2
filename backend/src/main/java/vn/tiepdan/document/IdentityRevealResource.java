package vn.tiepdan.document;

import io.quarkus.security.Authenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.cases.CaseAccess;
import vn.tiepdan.cases.CaseAccess.CaseRef;
import vn.tiepdan.cases.CaseTimeline;
import vn.tiepdan.confidential.IdentityVault;
import vn.tiepdan.document.DocumentDtos.PersonView;
import vn.tiepdan.document.DocumentDtos.RevealRequest;
import vn.tiepdan.document.DocumentDtos.RevealedIdentity;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Case handling")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityRevealResource {
    private final Reveal reveal;

    IdentityRevealResource(Reveal reveal) {
        this.reveal = reveal;
    }

    @POST
    @Path("/{id}/identity/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated // the roles are checked inside, so that a refused attempt is audited too
    @Operation(operationId = "revealCaseIdentity", summary = "Reveal a denouncer's identity",
            description = "The confidential custodian whose scope reaches the case's unit, or the case's current "
                    + "handler, opens the people of a denunciation for a stated purpose. Audited; the timeline "
                    + "records the reveal without the identity; never cached (Luật TC Art. 9(1)(b), Art. 56).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevealRequest.class), examples = @ExampleObject(name = "reveal",
                    value = "{\"purpose\":\"Làm việc trực tiếp với người tố cáo theo kế hoạch xác minh\"}")))
    @APIResponse(responseCode = "200", description = "The people of the denunciation.")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope.")
    @APIResponse(responseCode = "409", description = "The case carries no denunciation.")
    public RestResponse<RevealedIdentity> reveal(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull RevealRequest request) {
        // no-store: neither caches nor the Idempotency-Key store may keep a denouncer's identity (DOMAIN.md §8.1)
        return RestResponse.ResponseBuilder.ok(reveal.reveal(id, request)).header(HttpHeaders.CACHE_CONTROL,
                "no-store").build();
    }

    static final java.util.List<String> REVEALERS = java.util.List.of(Roles.CONFIDENTIAL_CUSTODIAN, Roles.UNIT_LEADER,
            Roles.PETITION_HANDLER, Roles.RECEPTION_OFFICER);

    /** The audited reveal. */
    @ApplicationScoped
    static class Reveal {
        private final CaseAccess access;
        private final CaseDocuments documents;
        private final IdentityVault vault;
        private final AuditTrail audit;
        private final CaseTimeline timeline;
        private final CurrentUser user;

        Reveal(CaseAccess access, CaseDocuments documents, IdentityVault vault, AuditTrail audit,
                CaseTimeline timeline, CurrentUser user) {
            this.user = user;
            this.access = access;
            this.documents = documents;
            this.vault = vault;
            this.audit = audit;
            this.timeline = timeline;
        }

        @Transactional
        RevealedIdentity reveal(UUID caseId, RevealRequest r) {
            String purpose = r == null || r.purpose() == null ? null : r.purpose().strip();
            if (purpose == null || purpose.length() < 10) {
                throw ProblemException.invalid("purpose", purpose == null || purpose.isEmpty() ? "REQUIRED"
                        : "TOO_SHORT", "document.purpose");
            }
            if (purpose.length() > 1000) {
                throw ProblemException.invalid("purpose", "TOO_LONG", "validation.too-long", 1000);
            }
            CaseRef ref = audit.revealChecked("case_file", caseId, purpose, () -> {
                if (REVEALERS.stream().noneMatch(user::hasRole)) {
                    throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.detail");
                }
                CaseRef found = access.find(caseId).orElseThrow(ProblemException::notFound);
                documents.requireNeedToKnow(found);
                return found;
            });
            if (!ref.confidential() || ref.denouncerRef() == null) {
                throw ProblemException.conflict("confidential", "NOT_CONFIDENTIAL", "case.reveal.not-confidential");
            }
            var people = vault.reveal(ref.denouncerRef()).stream().map(PersonView::of).toList();
            audit.recordView("case_file", caseId, purpose);
            timeline.append(caseId, "REVEAL", ref.status(), ref.status(), ref.orgUnitId(),
                    "Mở thông tin người tố cáo (có ghi nhật ký)", null, null, Map.of("people", people.size()));
            return new RevealedIdentity(caseId, people);
        }
    }
}
