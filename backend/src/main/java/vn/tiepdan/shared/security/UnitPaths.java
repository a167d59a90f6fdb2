package vn.tiepdan.shared.security;

import java.util.Optional;

/**
 * Looks up the materialised tree path ('/&lt;uuid&gt;/.../&lt;uuid&gt;/') of the unit currently carrying a code.
 * Implemented by the organisation feature, so shared code does not depend on it.
 */
public interface UnitPaths {
    Optional<String> currentPathOf(String unitCode);
}
