package vn.tiepdan.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;

/** The unit directory for citizens: today's units with their announced reception places and phone numbers. */
@ApplicationScoped
public class PublicDirectory {
    private final OrgUnitRepository units;

    PublicDirectory(OrgUnitRepository units) {
        this.units = units;
    }

    @Transactional
    public PageResponse<PublicUnitView> units(String q, PageParams page) {
        return PageResponse.of(units.publicPage(q, page).stream().map(PublicDirectory::view).toList(), page,
                units.publicCount(q));
    }

    private static PublicUnitView view(OrgUnit u) {
        return new PublicUnitView(u.id(), u.code(), u.name(), u.kind(), u.level(), u.address(), u.phone(),
                u.receptionPlaces().stream().filter(ReceptionPlace::published)
                        .map(p -> new PublicUnitView.PublicPlace(p.kind(), p.name(), p.address())).toList());
    }
}
