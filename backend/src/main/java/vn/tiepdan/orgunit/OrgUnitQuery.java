package vn.tiepdan.orgunit;

import java.util.UUID;

/** Filters of the unit list; each may be null. {@code q} matches name or code, accent- and case-insensitively. */
record OrgUnitQuery(String q, OrgUnitKind kind, OrgUnitLevel level, UUID parent, String code,
        boolean includeClosed) {
}
