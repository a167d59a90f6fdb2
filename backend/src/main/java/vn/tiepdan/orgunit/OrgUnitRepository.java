package vn.tiepdan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, UUID> {

    /** The unit that currently carries this code (closed units keep their code in history). */
    public Optional<OrgUnit> findCurrentByCode(String code) {
        return find("code = ?1 and validTo is null", code).firstResultOptional();
    }
}
