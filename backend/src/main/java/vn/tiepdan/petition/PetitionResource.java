package vn.tiepdan.petition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import vn.tiepdan.petition.PetitionDtos.ClassifyRequest;
import vn.tiepdan.petition.PetitionDtos.DecideRequest;
import vn.tiepdan.petition.PetitionDtos.DestroyRequest;
import vn.tiepdan.petition.PetitionDtos.PetitionCreate;
import vn.tiepdan.petition.PetitionDtos.PetitionPatch;
import vn.tiepdan.petition.PetitionDtos.PetitionSummary;
import vn.tiepdan.petition.PetitionDtos.PetitionView;
import vn.tiepdan.petition.PetitionDtos.RevealRequest;
import vn.tiepdan.petition.PetitionDtos.RevealedIdentity;
import vn.tiepdan.petition.PetitionDtos.TransferReplyRequest;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/petitions")
@Tag(name = "Petitions", description = "The petition register (xử lý đơn, TT 05/2021/TT-TTCP): intake, numbering, "
        + "classification, handling decisions, filing and destruction, duplicates. A denouncer's identity is kept "
        + "only in the identity vault and returned only by the custodian's audited reveal.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INTEGRATOR, Roles.INSPECTOR, Roles.AUDITOR, Roles.ADMIN})
public class PetitionResource {
    private static final String CREATE_EXAMPLE = """
            {"receivedOn":"2026-11-20","source":"BUU_CHINH","writtenDate":"2026-11-15","signed":true,
             "petitioners":[{"fullName":"Nguyễn Văn An","idDocType":"CCCD","idNumber":"075090001234",
             "address":"Khu phố 3, phường Trấn Biên","phone":"0909123456"}],
             "content":"Khiếu nại Quyết định số 12/QĐ-UBND thu hồi đất","request":"Hủy quyết định thu hồi đất",
             "respondent":"UBND phường Trấn Biên","classification":"KHIEU_NAI",
             "fieldCode":"HANH_CHINH.DAT_DAI_NHA_CUA"}""";

    private final PetitionService service;

    PetitionResource(PetitionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPetitions", summary = "List petitions",
            description = "Petitions of the units in the caller's scope, paged and filtered in SQL. Denunciations "
                    + "are listed as \"Tố cáo – bảo mật\" and never found by a denouncer's name.")
    @APIResponse(responseCode = "200", description = "One page of petitions.")
    public PageResponse<PetitionSummary> list(@BeanParam PetitionFilterParams filter,
            @Valid @BeanParam PageParams page) {
        return service.list(filter.filter(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPetition", summary = "Get a petition",
            description = "One petition with its processing deadline (and derivation), duplicates, parts and the "
                    + "actions the caller may take; a denunciation's people are withheld.")
    @APIResponse(responseCode = "200", description = "The petition.")
    public PetitionView get(@Parameter(description = "Id of the petition.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "createPetition", summary = "Receive a petition",
            description = "Numbers the petition in the unit's register for the year (gapless, <seq>/<year>/Đ) and "
                    + "starts the processing period XLD.PROCESS. With visitId the visit's content, classification "
                    + "and people are taken over. A denunciation's people go only to the identity vault and its "
                    + "texts are stored redacted. Honours Idempotency-Key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PetitionCreate.class),
            examples = @ExampleObject(name = "complaint", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Received; Location names the new petition.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PetitionView.class)))
    public Response create(@NotNull PetitionCreate request) {
        PetitionView created = service.create(request);
        return Response.created(URI.create("/api/v1/petitions/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "updatePetition", summary = "Correct a petition",
            description = "Changes the given plain fields before a decision. A stale version is 409 with the "
                    + "current version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PetitionPatch.class), examples = @ExampleObject(name = "respondent",
                    value = "{\"version\":0,\"respondent\":\"UBND phường Trấn Biên\"}")))
    @APIResponse(responseCode = "200", description = "The corrected petition.")
    public PetitionView patch(@Parameter(description = "Id of the petition.") @PathParam("id") UUID id,
            @NotNull PetitionPatch request) {
        return service.patch(id, request);
    }

    @POST
    @Path("/{id}/classify")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "classifyPetition", summary = "Classify a petition",
            description = "Content type, processability (TT 05/2021 Art. 6(2)(a), with the anonymous-denunciation "
                    + "exception of Luật TC Art. 25(2)), competence and a duplicate link → CLASSIFIED.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClassifyRequest.class), examples = @ExampleObject(name = "classify",
                    value = "{\"version\":0,\"classification\":\"KHIEU_NAI\",\"processable\":\"DU_DIEU_KIEN\","
                            + "\"competence\":\"THUOC_THAM_QUYEN\"}")))
    @APIResponse(responseCode = "200", description = "The classified petition.")
    public PetitionView classify(@Parameter(description = "Id of the petition.") @PathParam("id") UUID id,
            @NotNull ClassifyRequest request) {
        return service.classify(id, request);
    }

    @POST
    @Path("/{id}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "decidePetition", summary = "Decide how a petition is handled",
            description = "The handling decision (DOMAIN.md §6.2.3), checked against the classification; meets the "
                    + "processing period. DE_XUAT_THU_LY opens a case; CHUYEN_DON to a unit of the tree puts the "
                    + "petition in that unit's register; TACH_NOI_DUNG creates one petition per part; LUU_DON files "
                    + "it for one year.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecideRequest.class), examples = {
                @ExampleObject(name = "accept", value = "{\"version\":1,\"decision\":\"DE_XUAT_THU_LY\"}"),
                @ExampleObject(name = "transfer", value = "{\"version\":1,\"decision\":\"CHUYEN_DON\","
                        + "\"transferToUnitId\":\"00000000-0000-4000-8000-000000000007\",\"transferSlipNo\":\"15/PC-UBND\"}")}))
    @APIResponse(responseCode = "200", description = "The decided petition.")
    public PetitionView decide(@Parameter(description = "Id of the petition.") @PathParam("id") UUID id,
            @NotNull DecideRequest request) {
        return service.decide(id, request);
    }

    @POST
    @Path("/{id}/transfer-reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "recordPetitionTransferReply", summary = "Record the reply to a transferred petition",
            description = "The reply document (văn bản phúc đáp) received from the body a petition was transferred "
                    + "to (decision CHUYEN_DON only; otherwise 409 listing the allowed actions); counted in Biểu "
                    + "01/XLD column 22 by its day. A stale version is 409 with the current version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransferReplyRequest.class), examples = @ExampleObject(name = "reply",
                    value = "{\"version\":2,\"replyDocNo\":\"45/UBND-TD\",\"replyOn\":\"2026-03-02\"}")))
    @APIResponse(responseCode = "200", description = "The petition with the reply recorded.")
    @APIResponse(responseCode = "404", description = "No such petition in the caller's scope.")
    @APIResponse(responseCode = "409", description = "Stale version, or the petition was not transferred.")
    public PetitionView transferReply(@Parameter(description = "Id of the petition.") @PathParam("id") UUID id,
            @NotNull TransferReplyRequest request) {
        return service.transferReply(id, request);
    }

    @POST
    @Path("/{id}/destroy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_LEADER)
    @Operation(operationId = "destroyPetition", summary = "Destroy a filed petition",
            description = "The head approves the destruction of a petition filed at least one year ago (TT 05/2021 "
                    + "Art. 28); its texts are cleared, the row stays for the reports.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DestroyRequest.class), examples = @ExampleObject(name = "destroy",
                    value = "{\"version\":2,\"recordNo\":\"03/BB-TH\"}")))
    @APIResponse(responseCode = "200", description = "The destroyed petition.")
    public PetitionView destroy(@Parameter(description = "Id of the petition.") @PathParam("id") UUID id,
            @NotNull DestroyRequest request) {
        return service.destroy(id, request);
    }

    @POST
    @Path("/{id}/identity/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.quarkus.security.Authenticated // the custodian role is checked inside, so that a refused attempt is audited
    @Operation(operationId = "revealPetitionIdentity", summary = "Reveal a denouncer's identity",
            description = "The confidential custodian opens the people of a denunciation petition for a stated "
                    + "purpose; audited, never cached (Luật TC Art. 9(1)(b), Art. 56).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevealRequest.class), examples = @ExampleObject(name = "reveal",
                    value = "{\"purpose\":\"Xác minh nội dung tố cáo theo yêu cầu của Chánh Thanh tra\"}")))
    @APIResponse(responseCode = "200", description = "The people of the petition.")
    public RestResponse<RevealedIdentity> reveal(
            @Parameter(description = "Id of the petition.") @PathParam("id") UUID id, @NotNull RevealRequest request) {
        // no-store: neither caches nor the Idempotency-Key store may keep a denouncer's identity (DOMAIN.md §8.1)
        return RestResponse.ResponseBuilder.ok(service.reveal(id, request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
