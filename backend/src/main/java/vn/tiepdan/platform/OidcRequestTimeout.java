package vn.tiepdan.platform;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds every request the API makes to the OIDC provider (discovery, JWKS refresh) by quarkus.oidc.connection-timeout.
 * That setting alone bounds only the TCP connect: a Keycloak that accepts connections but does not answer (stalled,
 * overloaded) would otherwise hold an authenticated request for as long as it stays silent.
 */
@ApplicationScoped
@Unremovable // looked up by quarkus-oidc, never injected
public class OidcRequestTimeout implements OidcRequestFilter {
    private final long millis;

    OidcRequestTimeout(@ConfigProperty(name = "quarkus.oidc.connection-timeout", defaultValue = "10S") Duration timeout) {
        this.millis = timeout.toMillis();
    }

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(millis).idleTimeout(millis);
    }
}
