package vn.tiepdan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Keycloak with the committed demo realm. When KEYCLOAK_URL is set (as `make test` does) the tests use
 * that server; otherwise this starts one on free loopback ports through scripts/stack.sh (the same download and
 * start as `make run`) and stops it when the JVM ends.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {
    private static final String URL_PROPERTY = "tiepdan.test.keycloak-url";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path STATE = Path.of("target", "keycloak-state").toAbsolutePath();

    /** Base URL of the Keycloak the tests use, e.g. http://localhost:18180. */
    public static String url() {
        return System.getProperty(URL_PROPERTY);
    }

    @Override
    public synchronized Map<String, String> start() {
        if (url() == null) {
            String external = System.getenv("KEYCLOAK_URL");
            System.setProperty(URL_PROPERTY, external != null && !external.isBlank() ? external : launch());
        }
        String realm = url() + "/realms/tiepdan";
        return Map.of("quarkus.oidc.auth-server-url", realm, "quarkus.oidc.token.issuer", realm);
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: every Quarkus start of the run shares it (see the shutdown hook).
    }

    private static String launch() {
        int port = freePort();
        Map<String, String> env = Map.of("STATE_DIR", STATE.toString(), "KC_PORT", String.valueOf(port),
                "KC_MANAGEMENT_PORT", String.valueOf(freePort()));
        run(env, "start", "keycloak");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run(env, "stop", "keycloak")));
        return "http://localhost:" + port;
    }

    private static void run(Map<String, String> env, String... args) {
        ProcessBuilder builder = new ProcessBuilder(
                concat(List.of("bash", ROOT.resolve("scripts/stack.sh").toString()), args))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/keycloak-start.log")));
        builder.environment().putAll(env);
        builder.environment().remove("KEYCLOAK_URL");
        try {
            Process process = builder.start();
            if (!process.waitFor(8, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("scripts/stack.sh " + String.join(" ", args)
                        + " failed; see backend/target/keycloak-start.log");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run scripts/stack.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Keycloak", e);
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
