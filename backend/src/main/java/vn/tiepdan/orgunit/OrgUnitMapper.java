package vn.tiepdan.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.shared.security.Scope;

/** Entities to records. A reference to a unit outside the caller's scope carries no id. */
@ApplicationScoped
class OrgUnitMapper {
    private final OrgUnitRepository units;
    private final SuccessionRepository successions;
    private final UnitOfficials officials;
    private final Scope scope;
    private final Clock clock;

    OrgUnitMapper(OrgUnitRepository units, SuccessionRepository successions, UnitOfficials officials, Scope scope,
            Clock clock) {
        this.units = units;
        this.successions = successions;
        this.officials = officials;
        this.scope = scope;
        this.clock = clock;
    }

    List<OrgUnitSummary> summaries(List<OrgUnit> list) {
        Set<UUID> parentIds = new HashSet<>();
        list.forEach(u -> {
            if (u.parentId() != null) {
                parentIds.add(u.parentId());
            }
        });
        Map<UUID, OrgUnit> parents = units.byIds(parentIds);
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(u -> new OrgUnitSummary(u.id(), u.code(), u.name(), u.kind(), u.level(),
                ref(parents.get(u.parentId())), u.adminUnitCode(), u.address(), u.phone(), u.email(), u.validFrom(),
                u.validTo(), u.validOn(today), u.version())).toList();
    }

    OrgUnitView view(OrgUnit u) {
        LocalDate today = LocalDate.now(clock);
        List<Succession> in = successions.predecessorsOf(u.id());
        List<Succession> out = successions.successorsOf(u.id());
        Set<UUID> related = new HashSet<>();
        if (u.parentId() != null) {
            related.add(u.parentId());
        }
        in.forEach(s -> related.add(s.predecessorId()));
        out.forEach(s -> related.add(s.successorId()));
        Map<UUID, OrgUnit> others = units.byIds(related);
        others = new java.util.HashMap<>(others);
        others.put(u.id(), u);
        List<OfficialSummary> people = officials.callerMayRead() ? officials.of(u.id(), today) : null;
        return new OrgUnitView(u.id(), u.code(), u.name(), u.kind(), u.level(), ref(others.get(u.parentId())),
                u.adminUnitCode(), u.address(), u.phone(), u.email(), u.validFrom(), u.validTo(), u.validOn(today),
                u.version(), u.receptionPlaces().stream().map(ReceptionPlaceView::of).toList(),
                successions(in, others), successions(out, others), people);
    }

    List<OrgUnitNode> tree(Collection<OrgUnit> visible) {
        Map<UUID, List<OrgUnit>> children = new java.util.HashMap<>();
        Set<UUID> ids = new HashSet<>();
        visible.forEach(u -> ids.add(u.id()));
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : visible) {
            if (u.parentId() != null && ids.contains(u.parentId())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        return roots.stream().map(r -> node(r, children)).toList();
    }

    private OrgUnitNode node(OrgUnit u, Map<UUID, List<OrgUnit>> children) {
        List<OrgUnitNode> below = children.getOrDefault(u.id(), List.of()).stream()
                .map(c -> node(c, children)).toList();
        return new OrgUnitNode(u.id(), u.code(), u.name(), u.kind(), u.level(), u.validFrom(), u.validTo(), below);
    }

    UnitRef ref(OrgUnit u) {
        if (u == null) {
            return null;
        }
        return new UnitRef(scope.reaches(u.path()) ? u.id() : null, u.code(), u.name());
    }

    private List<SuccessionView> successions(List<Succession> links, Map<UUID, OrgUnit> units) {
        return links.stream().map(s -> new SuccessionView(s.id(), s.kind(), s.effectiveDate(), s.legalBasis(),
                ref(units.get(s.predecessorId())), ref(units.get(s.successorId())))).toList();
    }
}
