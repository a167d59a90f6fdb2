package vn.tiepdan.official;

import java.util.UUID;

/** Filters of the officials list; each may be null. */
record OfficialQuery(UUID unit, String q, boolean includeClosed) {
}
