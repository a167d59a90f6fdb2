package vn.tiepdan.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.tiepdan.shared.api.PageParams;

/** Queries of the audit trail. Its readers (auditor, admin) are province-wide, so no unit scope applies. */
@ApplicationScoped
class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, Long> {

    List<AuditEvent> page(AuditQuery query, ZoneId zone, PageParams page) {
        Filter filter = filter(query, zone);
        return find(filter.where, Sort.descending("seq"), filter.parameters).page(page.page(), page.size()).list();
    }

    long count(AuditQuery query, ZoneId zone) {
        Filter filter = filter(query, zone);
        return count(filter.where, filter.parameters);
    }

    /** The next events of the chain after {@code seq}, in order. */
    List<AuditEvent> after(long seq, int limit) {
        return find("seq > ?1", Sort.ascending("seq"), seq).range(0, limit - 1).list();
    }

    private record Filter(String where, Parameters parameters) {
    }

    private static Filter filter(AuditQuery q, ZoneId zone) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (q.entityType() != null) {
            where.add("entityType = :entityType");
            parameters.and("entityType", q.entityType());
        }
        if (q.entityId() != null) {
            where.add("entityId = :entityId");
            parameters.and("entityId", q.entityId());
        }
        if (q.actor() != null) {
            where.add("actor = :actor");
            parameters.and("actor", q.actor());
        }
        if (q.action() != null) {
            where.add("action = :action");
            parameters.and("action", q.action());
        }
        if (q.from() != null) {
            where.add("occurredAt >= :from");
            parameters.and("from", q.from().atStartOfDay(zone).toInstant());
        }
        if (q.to() != null) {
            where.add("occurredAt < :to");
            parameters.and("to", q.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        return new Filter(where.isEmpty() ? "1 = 1" : String.join(" and ", where), parameters);
    }
}
