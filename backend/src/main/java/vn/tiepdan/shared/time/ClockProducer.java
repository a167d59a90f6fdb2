package vn.tiepdan.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one source of "now": inject {@link Clock} (or {@link BusinessClock}). Production runs on the system time;
 * {@code tiepdan.clock.start} (an ISO date-time, or a date for 09:00 in the business zone) makes the clock run from
 * that instant, and {@code tiepdan.clock.settable} lets the tests move it. Both are refused outside tests unless set
 * on purpose, and a started or settable clock is logged at start.
 */
@ApplicationScoped
public class ClockProducer {
    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    /** One bean, injected as {@link Clock} everywhere and as {@link BusinessClock} by the tests. */
    @Produces
    @Singleton
    BusinessClock businessClock(@ConfigProperty(name = "tiepdan.time-zone") ZoneId zone,
            @ConfigProperty(name = "tiepdan.clock.start") Optional<String> start,
            @ConfigProperty(name = "tiepdan.clock.settable", defaultValue = "false") boolean settable) {
        Optional<String> given = start.map(String::trim).filter(s -> !s.isEmpty());
        if (given.isEmpty() && !settable) {
            return BusinessClock.system(zone);
        }
        BusinessClock clock = new BusinessClock(zone, given.map(s -> BusinessClock.parse(s, zone)).orElse(null),
                settable);
        LOG.warnf("The business clock is not the system clock: %s (tiepdan.clock.start / tiepdan.clock.settable)",
                clock);
        return clock;
    }
}
