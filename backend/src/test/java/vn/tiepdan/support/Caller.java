package vn.tiepdan.support;

import io.quarkus.arc.Arc;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Sets the caller of the following requests to a user with the given roles and org_unit claim, like
 * {@code @TestSecurity} + {@code @OidcSecurity} but chosen at run time (for table-driven tests). The test method
 * must carry {@code @TestSecurity} so Quarkus resets the identity afterwards.
 */
public final class Caller {
    private Caller() {
    }

    public static void as(String username, String orgUnit, String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", username);
        if (orgUnit != null) {
            claims.put("org_unit", orgUnit);
        }
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new Token(username, claims))
                .addRoles(Set.of(roles))
                .build();
        Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(identity);
    }

    private record Token(String name, Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
