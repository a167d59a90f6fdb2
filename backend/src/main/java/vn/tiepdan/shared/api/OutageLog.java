package vn.tiepdan.shared.api;

import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One clear WARN line per outage: the first failure of a kind is logged at once, then at most one line every
 * {@link #EVERY_MILLIS} with the count of failures since, so a stalled database does not flood the log. Only
 * class names and SQLStates are written (see {@link Outages.Outage#summary()}), never a message or a stack trace.
 */
final class OutageLog {
    private static final Logger LOG = Logger.getLogger("vn.tiepdan.outage");
    static final long EVERY_MILLIS = 10_000;

    private static final Map<Outages.Kind, long[]> STATE = new EnumMap<>(Outages.Kind.class);

    private OutageLog() {
    }

    static void report(Outages.Outage outage, String path) {
        // Monotonic time for the rate limit of a log line: not a business instant (those come from the Clock).
        long now = System.nanoTime();
        long every = EVERY_MILLIS * 1_000_000;
        long suppressed;
        synchronized (STATE) {
            // {last logged, suppressed}; a kind never logged counts as logged one period ago.
            long[] s = STATE.computeIfAbsent(outage.kind(), k -> new long[] {now - every, 0});
            if (now - s[0] < every) {
                s[1]++;
                return;
            }
            suppressed = s[1];
            s[0] = now;
            s[1] = 0;
        }
        LOG.warnf("Outage of the %s: %s on %s answered 503%s", label(outage.kind()), outage.summary(), path,
                suppressed > 0 ? " (" + suppressed + " more 503s since the last line)" : "");
    }

    private static String label(Outages.Kind kind) {
        return switch (kind) {
            case DATABASE -> "database";
            case IDENTITY_PROVIDER -> "OIDC provider (Keycloak)";
            case STORAGE -> "storage (disk full)";
        };
    }
}
