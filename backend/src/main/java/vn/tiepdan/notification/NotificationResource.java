package vn.tiepdan.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.notification.DeadlineScan.ScanResult;
import vn.tiepdan.notification.NotificationService.NotificationView;
import vn.tiepdan.notification.NotificationService.UnreadCount;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "In-app notifications of the caller: deadlines due soon or overdue, "
        + "assignments, cases transferred in; and the overdue list.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN,
    Roles.INTEGRATOR})
public class NotificationResource {
    private final NotificationService service;
    private final DeadlineScan scan;

    NotificationResource(NotificationService service, DeadlineScan scan) {
        this.service = service;
        this.scan = scan;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "List my notifications",
            description = "The caller's own notifications, newest first.")
    @APIResponse(responseCode = "200", description = "One page of notifications.")
    public PageResponse<NotificationView> list(
            @Parameter(description = "true: only unread; false: only read; absent: all.") @QueryParam("unread")
            Boolean unread, @Valid @BeanParam PageParams page) {
        return service.list(unread, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "Count my unread notifications",
            description = "For the bell in the header.")
    @APIResponse(responseCode = "200", description = "The count.")
    public UnreadCount unreadCount() {
        return service.unread();
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read",
            description = "Only the caller's own (404 otherwise); marking twice keeps the first time.")
    @APIResponse(responseCode = "200", description = "The notification.")
    @APIResponse(responseCode = "404", description = "No such notification of the caller.")
    public NotificationView read(@Parameter(description = "Id of the notification.") @PathParam("id") UUID id) {
        return service.markRead(id);
    }

    @POST
    @Path("/scan")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "scanDeadlines", summary = "Run the deadline scan now",
            description = "What the scheduled job does every 15 minutes: DUE_SOON and OVERDUE notifications "
                    + "(never twice for the same deadline, due date and user) and the breached flag.")
    @APIResponse(responseCode = "200", description = "What the run did.")
    public ScanResult scan() {
        return scan.scan();
    }
}
