package vn.tiepdan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness of the OIDC provider (Keycloak): DOWN when the realm's discovery document cannot be fetched within
 * tiepdan.oidc.readiness.timeout. The result is reused for tiepdan.oidc.readiness.cache, so frequent readiness
 * polling costs one probe per period; one WARN line when the provider goes down, one INFO line when it is back.
 */
@Readiness
@ApplicationScoped
public class OidcReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(OidcReadiness.class);
    static final String NAME = "OIDC provider";

    private final URI discovery;
    private final Duration timeout;
    private final Duration cache;
    private final HttpClient client;
    private volatile Probe last;

    record Probe(boolean up, String detail, long atNanos) {
    }

    OidcReadiness(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "tiepdan.oidc.readiness.timeout", defaultValue = "2S") Duration timeout,
            @ConfigProperty(name = "tiepdan.oidc.readiness.cache", defaultValue = "5S") Duration cache) {
        String base = authServerUrl.endsWith("/") ? authServerUrl : authServerUrl + "/";
        this.discovery = URI.create(base + ".well-known/openid-configuration");
        this.timeout = timeout;
        this.cache = cache;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public HealthCheckResponse call() {
        Probe probe = current();
        return HealthCheckResponse.named(NAME).status(probe.up()).withData("url", discovery.toString())
                .withData("status", probe.detail()).build();
    }

    private Probe current() {
        Probe p = last;
        long now = System.nanoTime();
        if (p != null && now - p.atNanos() < cache.toNanos()) {
            return p;
        }
        synchronized (this) {
            p = last;
            if (p != null && System.nanoTime() - p.atNanos() < cache.toNanos()) {
                return p;
            }
            Probe fresh = probe();
            if (p == null || p.up() != fresh.up()) {
                if (fresh.up()) {
                    LOG.infof("OIDC provider reachable (%s)", discovery);
                } else {
                    LOG.warnf("OIDC provider unreachable: %s (%s); authenticated requests needing it answer 503",
                            fresh.detail(), discovery);
                }
            }
            last = fresh;
            return fresh;
        }
    }

    private Probe probe() {
        HttpRequest request = HttpRequest.newBuilder(discovery).timeout(timeout).GET().build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            boolean up = response.statusCode() == 200;
            return new Probe(up, "HTTP " + response.statusCode(), System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted", System.nanoTime());
        } catch (java.io.IOException e) {
            return new Probe(false, e.getClass().getSimpleName(), System.nanoTime());
        }
    }
}
