package vn.tiepdan.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as the access token describes them: username, display name, realm roles and organisation unit code
 * (claim {@code org_unit}). Features take scope decisions from here, never from request parameters.
 */
@RequestScoped
public class CurrentUser {
    public static final String ORG_UNIT_CLAIM = "org_unit";

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    /**
     * Display name in Vietnamese order (family name first): "Trần Văn Hùng". Keycloak's {@code name} claim puts the
     * given name first, so it is only the fallback.
     */
    public String displayName() {
        Optional<String> family = claim("family_name");
        Optional<String> given = claim("given_name");
        if (family.isPresent() && given.isPresent()) {
            return family.get() + " " + given.get();
        }
        return claim("name").orElse(username());
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The unit code from the token; empty for a token without one (such a caller reaches no unit data). */
    public Optional<String> orgUnitCode() {
        return claim(ORG_UNIT_CLAIM);
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString());
            }
        }
        return Optional.empty();
    }
}
