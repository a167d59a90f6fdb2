package vn.tiepdan.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.security.Scope;

@Path("/api/v1/overdue")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INTEGRATOR, Roles.INSPECTOR, Roles.AUDITOR, Roles.ADMIN})
public class OverdueResource {
    private final Overdue overdue;

    OverdueResource(Overdue overdue) {
        this.overdue = overdue;
    }

    /** What the list holds: running deadlines of cases or of petitions. */
    public enum OverdueKind {
        CASE, PETITION
    }

    @Schema(description = "A unit, briefly.")
    public record UnitBrief(
            @Schema(description = "Id of the unit.") UUID id,
            @Schema(description = "Code.", example = "DN-TRANBIEN") String code,
            @Schema(description = "Name.", example = "UBND phường Trấn Biên") String name) {
    }

    @Schema(description = "A running legal deadline past its due date.")
    public record OverdueRow(
            @Schema(description = "CASE or PETITION.") OverdueKind kind,
            @Schema(description = "Id of the case or petition.") UUID id,
            @Schema(description = "Id of the deadline.") UUID deadlineId,
            @Schema(description = "Case or petition number.", example = "3/2026/KN") String number,
            @Schema(description = "Case type or petition classification.", example = "KHIEU_NAI") String type,
            @Schema(description = "Unit responsible for the deadline.") UnitBrief unit,
            @Schema(description = "Deadline rule.", example = "KN.RESOLVE_L1") String rule,
            @Schema(description = "Deadline kind.", example = "RESOLVE") String deadlineKind,
            @Schema(description = "Due date.") LocalDate dueOn,
            @Schema(description = "Calendar days past the due date.", example = "4") long daysOverdue,
            @Schema(description = "The handler, if one is assigned.") HandlerBrief handler) {
    }

    @Schema(description = "The handler of a case or petition.")
    public record HandlerBrief(
            @Schema(description = "Username.", example = "xuly.tranbien") String username,
            @Schema(description = "Name, if known.", example = "Lê Minh Tuấn") String name) {
    }

    @GET
    @Operation(operationId = "listOverdue", summary = "List overdue deadlines",
            description = "Running (ACTIVE) legal deadlines past their due date, of the units in the caller's scope "
                    + "(the deadline's responsible unit), longest overdue first.")
    @APIResponse(responseCode = "200", description = "One page of overdue deadlines.")
    public PageResponse<OverdueRow> list(
            @Parameter(description = "Only this unit and the units below it.") @QueryParam("unit") UUID unit,
            @Parameter(description = "CASE or PETITION; both when absent.") @QueryParam("kind") OverdueKind kind,
            @Valid @BeanParam PageParams page) {
        return overdue.list(unit, kind, page);
    }

    /** The scoped query. */
    @ApplicationScoped
    static class Overdue {
        private final EntityManager em;
        private final Scope scope;
        private final Clock clock;

        Overdue(EntityManager em, Scope scope, Clock clock) {
            this.em = em;
            this.scope = scope;
            this.clock = clock;
        }

        @Transactional
        @SuppressWarnings("unchecked")
        PageResponse<OverdueRow> list(UUID unit, OverdueKind kind, PageParams page) {
            LocalDate today = LocalDate.now(clock);
            Scope.Condition c = scope.clause("u.path");
            StringBuilder where = new StringBuilder(" from legal_deadline ld join org_unit u on u.id = ld.org_unit_id "
                    + "left join case_file c on c.id = ld.case_id left join petition p on p.id = ld.petition_id "
                    + "where ld.status = 'ACTIVE' and ld.due_on < :today and " + c.where());
            Map<String, Object> params = new HashMap<>(c.parameters());
            params.put("today", today);
            if (unit != null) {
                where.append(" and u.path like (select path from org_unit where id = :unit) || '%'");
                params.put("unit", unit);
            }
            if (kind == OverdueKind.CASE) {
                where.append(" and ld.case_id is not null");
            } else if (kind == OverdueKind.PETITION) {
                where.append(" and ld.petition_id is not null");
            }
            var count = em.createNativeQuery("select count(*)" + where);
            params.forEach(count::setParameter);
            long total = ((Number) count.getSingleResult()).longValue();
            var q = em.createNativeQuery("select case when ld.case_id is not null then 'CASE' else 'PETITION' end, "
                    + "coalesce(ld.case_id, ld.petition_id), ld.id, coalesce(c.case_no, p.petition_no), "
                    + "coalesce(c.case_type, p.classification), u.id, u.code, u.name, ld.rule_code, ld.kind, "
                    + "ld.due_on, coalesce(c.handler_username, p.handler_username), c.handler_name" + where
                    + " order by ld.due_on, ld.id limit :limit offset :offset");
            params.forEach(q::setParameter);
            q.setParameter("limit", page.size()).setParameter("offset", page.offset());
            List<Object[]> rows = q.getResultList();
            return PageResponse.of(rows.stream().map(r -> {
                LocalDate due = r[10] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[10];
                return new OverdueRow(OverdueKind.valueOf((String) r[0]), (UUID) r[1], (UUID) r[2], (String) r[3],
                        (String) r[4], new UnitBrief((UUID) r[5], (String) r[6], (String) r[7]), (String) r[8],
                        (String) r[9], due, ChronoUnit.DAYS.between(due, today),
                        r[11] == null ? null : new HandlerBrief((String) r[11], (String) r[12]));
            }).toList(), page, total);
        }
    }
}
