package vn.tiepdan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SuccessionRepository implements PanacheRepositoryBase<Succession, UUID> {

    List<Succession> predecessorsOf(UUID unitId) {
        return list("successorId = ?1 order by effectiveDate, id", unitId);
    }

    List<Succession> successorsOf(UUID unitId) {
        return list("predecessorId = ?1 order by effectiveDate, id", unitId);
    }
}
