package vn.tiepdan.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tiepdan.document.DocumentDtos.DocumentView;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Case handling")
public class CaseDocumentResource {
    private final DocumentUploads uploads;
    private final CaseDocuments documents;

    CaseDocumentResource(DocumentUploads uploads, CaseDocuments documents) {
        this.uploads = uploads;
        this.documents = documents;
    }

    /** The multipart form of an upload, for the contract only. */
    @Schema(name = "DocumentUploadForm", description = "The multipart form of a document upload.")
    public static class UploadForm {
        @Schema(description = "The file: PDF, JPEG, PNG, DOCX, XLSX or ODT (checked by extension and content), at "
                + "most 10 MB.", type = SchemaType.STRING, format = "binary", required = true)
        public String file;
        @Schema(description = "Kind of document (not REDACTED_COPY, which the system makes).", required = true,
                implementation = DocumentType.class)
        public String docType;
        @Schema(description = "Title, max 300 characters.", example = "Quyết định thụ lý", required = true)
        public String title;
        @Schema(description = "Document number.", example = "12/QĐ-UBND")
        public String docNo;
        @Schema(description = "Date signed (yyyy-MM-dd).", example = "2026-11-20", format = "date")
        public String signedOn;
        @Schema(description = "THUONG (default) or MAT. The original petition of a denunciation is always MAT.",
                implementation = SecurityLevel.class)
        public String securityLevel;
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "uploadCaseDocument", summary = "Upload a case document",
            description = "Adds a document to a case the caller may act on. Allowed: PDF, JPEG, PNG, DOCX, XLSX, ODT, "
                    + "checked by extension and by the first bytes (else 400 file UNSUPPORTED_TYPE); at most 10 MB "
                    + "(else 413 naming file). A MAT document is sealed at rest.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location names its content.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope.")
    public Response upload(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @RestForm("file") FileUpload file, @RestForm("docType") String docType, @RestForm("title") String title,
            @RestForm("docNo") String docNo, @RestForm("signedOn") String signedOn,
            @RestForm("securityLevel") String securityLevel) {
        LocalDate signed = null;
        if (signedOn != null && !signedOn.isBlank()) {
            try {
                signed = LocalDate.parse(signedOn.strip());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("signedOn", "INVALID_DATE", "document.signed-on.invalid");
            }
        }
        DocumentView view = uploads.upload(id, new DocumentUploads.Upload(file == null ? null : file.uploadedFile(),
                file == null ? null : file.fileName(), file == null ? 0 : file.size(), docType, title, docNo, signed,
                securityLevel));
        return Response.created(URI.create("/api/v1/cases/" + id + "/documents/" + view.id() + "/content"))
                .entity(view).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
        Roles.INTEGRATOR, Roles.INSPECTOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listCaseDocuments", summary = "List a case's documents",
            description = "Metadata of every document, oldest first (no content).")
    @APIResponse(responseCode = "200", description = "The documents.")
    @APIResponse(responseCode = "404", description = "No such case in the caller's scope.")
    public List<DocumentView> list(@Parameter(description = "Id of the case.") @PathParam("id") UUID id) {
        return documents.list(id);
    }

    @GET
    @Path("/{id}/documents/{docId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
        Roles.INTEGRATOR, Roles.INSPECTOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "downloadCaseDocument", summary = "Download a case document",
            description = "The file, audited. A MAT document only for the confidential custodian in scope or the "
                    + "case's current handler, with a purpose (403 otherwise). Never cached.")
    @APIResponse(responseCode = "200", description = "The file (attachment).", content = {
        @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such case or document in the caller's scope.")
    public Response content(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @Parameter(description = "Id of the document.") @PathParam("docId") UUID docId,
            @Parameter(description = "Why the document is opened; required (≥ 10 characters) for a MAT document.")
            @QueryParam("purpose") String purpose) {
        CaseDocuments.Content c = documents.download(id, docId, purpose);
        String encoded = URLEncoder.encode(c.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(c.bytes()).type(c.contentType())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Disposition", "attachment; filename=\"document\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
